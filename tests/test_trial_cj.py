"""Trial CJ (culturally adapted diabetes self-management education for South Asian communities; Semantic Scholar,
OpenAlex, CINAHL via EBSCO and the Cochrane Library; an Excel coding sheet of two coders with merged study cells).
Each rule is tested on another topic: falls prevention for older people at home."""

from __future__ import annotations

from sheet_reviews import review_of, write_csv

RECORDS = """TY  - JOUR
TI  - Home hazard assessment by occupational therapists after a fall: a qualitative study
AU  - Lindqvist, Maria
PY  - 2019
JO  - Age and Ageing
DO  - 10.1093/ageing/afz.0101
ER  -
"""

DOMAINS = """domains:
  - slug: home
    name: The home and its hazards
    description: What changes at home after a fall.
"""


def test_a_cell_that_says_same_holds_the_words_of_the_cell_above(cmo, tmp_path):
    """Trial CJ: a coder typed 'same' in a context cell under a row of the same study, and the configuration read 'In
    same, link worker explains …'. 'same', 'as previous row' and 'as before' repeat the cell above; a cell that opens
    with 'same' and goes on ('same GP each visit', 'Same-day visit') is the coder's words."""
    keys = review_of(cmo, tmp_path, DOMAINS, RECORDS)
    study = keys["home"]
    sheet = write_csv(
        tmp_path / "coding.csv",
        ["Study", "Context", "Mechanism", "Outcome"],
        [study, "Older people living alone after a fall", "A therapist visits and removes loose rugs", "Fewer falls at home"],
        [study, "same", "Older people feel safer moving about", "They walk more indoors"],
        [study, "Same.", "as previous row", "They go out to the shops again"],
        [study, "as before", "Same-day visit after discharge", "Fewer readmissions"],
        [study, "same GP each visit", "The GP notices a change in gait", "same"],
    )
    result = cmo("code", "import", str(sheet), code=None)
    assert result.exit_code in (0, 1), result.output
    statements = cmo.json("code", "list")
    contexts = [s["context"] for s in statements]
    assert contexts == ["Older people living alone after a fall"] * 4 + ["same GP each visit"]
    assert statements[2]["mechanism"] == "Older people feel safer moving about"
    assert statements[3]["mechanism"] == "Same-day visit after discharge"
    assert statements[4]["outcome"] == "Fewer readmissions"
    assert "'Context'" in result.stderr and "rows 3, 4, 5" in result.stderr


def test_a_paper_form_typed_into_a_sheet_in_the_packs_words_is_read(cmo, tmp_path):
    """Trial CJ: a community worker typed a round's paper forms into Excel under 'Name (made up)', 'Finding',
    'Agree? (Y / N / Partly)' and "What's missing"; the import refused the file as naming no configuration. A column
    named in the pack's own words, or with an aside in brackets after its name, is that column. A consent question
    that holds the word 'agree' among others is no rating: its 'Yes' does not rate C2."""
    import openpyxl
    from sheet_reviews import activity_review

    activity_review(cmo, tmp_path)
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(
        ["Name (made up)", "Group", "Finding", "Agree? (Y / N / Partly)", "Comments", "What's missing", "I agree to take part"]
    )
    sheet.append(["Mrs K", "", "C1", "Y", "Our school has no hall for it", "n/a", "Yes"])
    sheet.append(["Mrs K", "", "C2", "Partly", "-", "Girls stop coming after Year 8", "Yes"])
    path = tmp_path / "paper-forms.xlsx"
    book.save(path)
    result = cmo("feedback", "import", str(path), code=None)
    assert result.exit_code in (0, 1), result.output
    answers = {a["configuration"]: a for a in cmo.json("feedback", "list")}
    assert answers["C1"]["rating"] == "agree" and answers["C2"]["rating"] == "partly"
    assert answers["C1"]["respondent"] == "Mrs K" and answers["C2"]["missing"] == "Girls stop coming after Year 8"
    assert "hall" in answers["C1"]["comment"]


COCHRANE_REVIEW = """TY  - JOUR
ID  - CD011111
AU  - Moreno, Lucia
AU  - Berg, Anders
TI  - Exercise for preventing falls in older people living in the community
JO  - Cochrane Database of Systematic Reviews
PY  - 2019
IS  - 1
SP  - CD012424
DO  - 10.1002/14651858.CD012424.pub2
ER  -

TY  - JOUR
AU  - Lindqvist, Maria
TI  - Home hazard assessment by occupational therapists after a fall: a cluster randomised trial
JO  - Age and Ageing
PY  - 2021
VL  - 50
IS  - 3
SP  - 801
EP  - 809
ER  -
"""


def test_a_cochrane_reviews_issue_without_a_volume_is_set_apart_from_the_journal(cmo, tmp_path):
    """Trial CJ: the Cochrane Library's RIS gives a review's issue and no volume, and the report's references read
    'Cochrane Database of Systematic Reviews(9): CD006424'. The issue is now set apart ('…Reviews, (1): CD012424'); a
    paper with a volume keeps 'Age and Ageing, 50(3): 801–809'."""
    (tmp_path / "citation-export.ris").write_text(COCHRANE_REVIEW, encoding="utf-8")
    cmo("init", str(cmo.folder))
    cmo("ingest", str(tmp_path / "citation-export.ris"), code=None)
    for source in cmo.json("sources", "list"):
        cmo("select", "include", source["key"])
    cmo("report", "--format", "md", "-o", str(tmp_path / "report.md"), code=None)
    report = (tmp_path / "report.md").read_text(encoding="utf-8")
    assert "Cochrane Database of Systematic Reviews, (1): CD012424" in report
    assert "Reviews(1)" not in report
    assert "Age and Ageing, 50(3): 801–809" in report


def test_a_statement_kept_as_same_is_not_added_twice_when_its_sheet_is_imported_again(cmo, tmp_path):
    """Trial CJ: a statement imported before 'same' was read as the cell above kept 'same' as its context; importing
    the sheet again read the row with the words above and added it as a second statement. The row is now that
    statement with its context filled in, named with the id that updates it. A row of the same quote whose context is
    other words, where the statement's is no ditto, is another statement and is added."""
    keys = review_of(cmo, tmp_path, DOMAINS, RECORDS)
    study = keys["home"]
    common = ["--source", study, "--quote", "we took the rugs up that day", "--page", "4"]
    cmo("code", "add", *common, "--context", "same", "--mechanism", "Older people feel safer", "--outcome", "They walk more")
    cmo("code", "add", *common, "--context", "Living alone", "--mechanism", "A therapist visits", "--outcome", "Fewer falls")
    sheet = write_csv(
        tmp_path / "again.csv",
        ["Study", "Context", "Mechanism", "Outcome", "Quote", "Page"],
        [study, "Older people after a fall", "Older people feel safer", "They walk more", "we took the rugs up that day", "4"],
        [study, "Carers in the home", "A therapist visits", "Fewer falls", "we took the rugs up that day", "4"],
    )
    result = cmo("code", "import", str(sheet), code=None)
    assert result.exit_code == 1, result.output
    assert "looks like S1 with the context filled in" in result.stderr
    statements = cmo.json("code", "list")
    assert [s["context"] for s in statements] == ["same", "Living alone", "Carers in the home"]


def test_a_wildcard_left_as_typed_by_the_shell_names_the_files_it_matches(cmo, tmp_path):
    """Trial CJ: on Windows PowerShell, 'cmo ingest exports\\*.ris' reached cmo as typed and was refused as 'Cannot read
    exports/*.ris: no such file'. A name that is no file but a wildcard now reads the files it matches; one matching
    none is refused, naming it, nothing read; a file whose own name holds brackets ('search [2024].ris') is read as
    named."""
    exports = tmp_path / "exports"
    exports.mkdir()
    first, second = COCHRANE_REVIEW.split("\n\n")
    (exports / "cochrane.ris").write_text(first + "\n", encoding="utf-8")
    (exports / "search [2024].ris").write_text(second, encoding="utf-8")
    (exports / "notes.txt").write_text("not an export", encoding="utf-8")
    cmo("init", str(cmo.folder))
    missing = cmo("ingest", str(exports / "*.nbib"), code=2)
    assert "No file matches" in missing.stderr and "*.nbib" in missing.stderr
    assert cmo.json("sources", "list") == []
    cmo("ingest", str(exports / "search [2024].ris"), code=None)
    assert len(cmo.json("sources", "list")) == 1
    result = cmo("ingest", str(exports / "*.ris"), code=None)
    assert result.exit_code == 0, result.output
    assert len(cmo.json("sources", "list")) == 2


def test_full_texts_named_by_a_wildcard_left_as_typed_are_attached(cmo, tmp_path):
    """Trial CJ: PowerShell passes 'pdfs\\*.pdf' as typed, and 'cmo fulltext attach' said 'Cannot read pdfs/*.pdf: no such
    file or folder'. The PDFs it matches are attached; a wildcard matching none is refused, naming it."""
    import pypdfium2

    keys = review_of(cmo, tmp_path, DOMAINS, RECORDS)
    pdfs = tmp_path / "pdfs"
    pdfs.mkdir()
    document = pypdfium2.PdfDocument.new()
    document.new_page(595, 842)
    document.save(pdfs / "Lindqvist 2019.pdf")
    missing = cmo("fulltext", "attach", str(tmp_path / "scans" / "*.pdf"), "--source", keys["home"], code=2)
    assert "No file matches" in missing.stderr
    result = cmo("fulltext", "attach", str(pdfs / "*.pdf"), "--source", keys["home"], code=None)
    assert result.exit_code in (0, 1), result.output
    assert len(cmo.json("fulltext", "list")) == 1
