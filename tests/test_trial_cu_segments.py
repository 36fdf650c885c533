"""Trial CU (trauma-informed care in prisons and youth custody): MAXQDA 24's coded segments, parts cut from one sentence."""
# MAXQDA's coded segments are passages cut from the authors' sentences, so a mechanism or outcome passage often opens
#    with the words that joined it to the passage before: "which supports rehabilitation", "and they engage". Each part
#    kept them, and every output joined the parts again: "…, so and they engage", the title "And they engage".

MAXQDA_24 = ["Color", "Document group", "Document name", "Code", "Begin", "End", "Weight score", "Segment", "Comment"]
MAXQDA_24 += ["Modified by", "Modified", "Created by", "Created", "Area", "Coverage %"]

PRISON_RECORDS = """TY  - JOUR
TI  - Implementing trauma-informed care in correctional treatment and supervision
AU  - Levenson, Jill S.
AU  - Willis, Gwenda M.
PY  - 2019
JO  - Journal of Aggression, Maltreatment & Trauma
ER  -
"""

HOUSING_RECORDS = """TY  - JOUR
TI  - Floating support and tenancy sustainment after homelessness: a qualitative study
AU  - Okafor, Grace
PY  - 2019
JO  - Housing Studies
ER  -
"""

DOMAINS = """domains:
  - slug: all
    name: Everything
    description: All of it.
"""


def _maxqda(path, document, *segments):
    """MAXQDA 24's 'Export coded segments' (Excel), English interface: one row per code of a coded segment."""
    from openpyxl import Workbook

    book = Workbook()
    sheet = book.active
    sheet.title = "Coded segments"
    sheet.append(MAXQDA_24)
    for n, (code, text) in enumerate(segments, 3):
        sheet.append(["#3366ff", "Journal articles", document, code, n, n, 0, text, "", "HO", "10/11/2026 09:20", "HO",
                      "10/11/2026 09:20", len(text), 0.4])  # fmt: skip
    book.save(path)
    return path


def test_a_passage_opening_with_the_words_joining_it_to_the_part_before_is_read_without_them(cmo, tmp_path):
    from sheet_reviews import review_of

    review_of(cmo, tmp_path, DOMAINS, PRISON_RECORDS)
    sheet = _maxqda(
        tmp_path / "Coded segments.xlsx",
        "Levenson & Willis 2019.pdf",
        ("Context\\choice + collaboration", "when people are offered choice and collaboration in their treatment plans"),
        ("Mechanism\\feel respected", "and they feel respected and start to trust"),
        ("Outcome\\engage", "which keeps them engaged in treatment"),
    )
    said = cmo("code", "import", str(sheet), code=None)
    (statement,) = cmo.json("code", "list")
    assert statement["mechanism"] == "they feel respected and start to trust"
    assert statement["outcome"] == "keeps them engaged in treatment"
    assert "opened with the words joining it to the part before" in said.stderr


def test_a_contrast_and_a_contexts_opening_word_stay(cmo, tmp_path):
    """Must not fire: a contrast ('but …') is the outcome's own words, a context is no later part, and a word that only
    starts like a joining word ('Andrews') is no joining word. Another topic: tenancy support."""
    from sheet_reviews import review_of

    review_of(cmo, tmp_path, DOMAINS, HOUSING_RECORDS)
    sheet = _maxqda(
        tmp_path / "Coded segments.xlsx",
        "Okafor 2019",
        ("Context\\support ends", "and when floating support ended at six months"),
        ("Mechanism\\isolation", "Andrews House tenants felt abandoned and stopped opening letters"),
        ("Outcome\\arrears", "but arrears grew unnoticed"),
    )
    said = cmo("code", "import", str(sheet), code=None)
    (statement,) = cmo.json("code", "list")
    assert statement["context"] == "and when floating support ended at six months"
    assert statement["mechanism"] == "Andrews House tenants felt abandoned and stopped opening letters"
    assert statement["outcome"] == "but arrears grew unnoticed"
    assert "joining it to the part before" not in said.stderr


# MAXQDA's documents are named as a team names the PDFs it adds: 'Vaswani_Paul_2019_Howard', 'Levenson Willis 2019',
# the two authors' names with nothing between them. Each was refused as no source of the review.

TWO_AUTHOR_RECORDS = (
    PRISON_RECORDS
    + """
TY  - JOUR
TI  - 'It's knowing the right things to say and do': Challenges and opportunities for trauma-informed practice
AU  - Vaswani, Nina
AU  - Paul, Sally
PY  - 2019
JO  - The Howard Journal of Crime and Justice
ER  -
"""
)


def test_a_document_named_by_its_two_authors_without_and_names_their_work(cmo, tmp_path):
    from sheet_reviews import review_of

    keys = review_of(cmo, tmp_path, DOMAINS, TWO_AUTHOR_RECORDS)
    sheet = tmp_path / "Coded segments.xlsx"
    _maxqda(
        sheet, "Levenson Willis 2019", ("Context\\x", "confrontational treatment styles"), ("Outcome\\y", "clients disengage")
    )
    from openpyxl import load_workbook

    book = load_workbook(sheet)
    document = "Vaswani_Paul_2019_YOI_staff"
    for code, text in (("Context\\a", "staff know histories"), ("Outcome\\b", "staff respond with patience")):
        book.active.append(["#3366ff", "Journal articles", document, code, 9, 9, 0, text, "", "HO", "10/11/2026 09:20", "HO"])
    book.save(sheet)
    said = cmo("code", "import", str(sheet), code=None)
    assert [s["source"] for s in cmo.json("code", "list")] == [keys["implementing"], keys["'it's"]]
    assert "row 4: 'Vaswani Paul 2019 YOI staff' was read as" in said.stderr
    assert "the one source cited 'Vaswani & Paul 2019'" in said.stderr


def test_two_names_that_are_not_a_works_two_authors_name_no_source(cmo, tmp_path):
    """Must not fire: 'Okafor Mensah 2019' where the review holds only Okafor's own 2019 paper (another topic: tenancy
    support) is refused as before, naming the cell."""
    from sheet_reviews import review_of

    review_of(cmo, tmp_path, DOMAINS, HOUSING_RECORDS)
    sheet = _maxqda(
        tmp_path / "Coded segments.xlsx", "Okafor Mensah 2019", ("Context\\a", "support ends"), ("Outcome\\b", "arrears")
    )
    said = cmo("code", "import", str(sheet), code=2)
    assert "'Okafor Mensah 2019' is not a source in this review" in said.stderr
    assert cmo.json("code", "list") == []
