"""Trial DB: an Admiral Nurse and a carer ran a rapid realist review of family carers' involvement on acute hospital
wards (John's Campaign, carer passports) with an ATLAS.ti quotation export turned into a coding sheet.

- DB 1: refine titled a configuration whose mechanism was coded "families welcomed 24/7 as partners in care" as
  "Families welcome 24/7 as partners in care": what was done to the families (welcomed as partners) read as what the
  families do. A past form followed by "as" and the role it gives is told as written.
"""

from cmo.synthesis.wording import title_for


def test_a_role_given_is_not_read_as_what_the_subject_does():
    title = title_for(
        "Canadian hospitals moving from visiting hours to family presence",
        "families welcomed 24/7 as partners in care",
        "fewer complaints; staff report families helping with care",
    )
    assert title == "Families welcomed 24/7 as partners in care"
    assert title_for("acute wards", "carers seen as visitors, not partners", "carers leave early") == (
        "Carers seen as visitors, not partners"
    )


def test_a_past_form_without_a_role_is_still_told_in_the_present():
    # must not fire, on another topic: a verb of the subject's own, no role after it
    assert title_for("low-income households", "parents worried about the cost of school meals", "children skip lunch") == (
        "Parents worry about the cost of school meals"
    )
    assert title_for("rural clinics", "nurses phoned weekly to check on patients", "fewer missed doses").startswith(
        "Nurses phone weekly"
    )


# DB 2: ATLAS.ti's document 'Johns Campaign (Gerrard & Jones 2014).pdf' was refused as "not a source in this review":
# the file's name drops the apostrophe of the title "John's Campaign: …", and "Johns" was no word of "John s".

JOHNS = """TY  - ELEC
TI  - John's Campaign: for the right to stay with people with dementia in hospital
AU  - Gerrard, Nicci
AU  - Jones, Julia
PY  - 2014
UR  - https://johnscampaign.org.uk/
ER  -

TY  - JOUR
TI  - The children's commissioner and school exclusions: a qualitative study
AU  - Okafor, Ada
PY  - 2019
JO  - Journal of Education Policy
DO  - 10.1080/jep.2019.0042
ER  -

TY  - JOUR
TI  - Carer passports in practice
AU  - Gerrard, Nicci
PY  - 2019
JO  - Nursing Older People
DO  - 10.7748/nop.2019.0007
ER  -
"""

DOMAINS = """domains:
  - slug: partners
    name: Carers as partners
    description: Family carers on the ward.
  - slug: schools
    name: Schools
    description: School exclusions.
"""

ATLAS = ["ID", "Quotation Name", "Document", "Quotation Content", "Codes", "Reference", "Comment", "Created by",
         "Context", "Mechanism", "Outcome", "Page", "Domain"]  # fmt: skip


def _atlas_sheet(tmp_path, rows):
    """ATLAS.ti 23's Quotation Manager exported to Excel, with the coders' own C, M and O columns beside it."""
    import openpyxl

    book = openpyxl.Workbook()
    book.active.title = "Quotations"
    book.active.append(ATLAS)
    for row in rows:
        book.active.append(row)
    path = tmp_path / "quotations.xlsx"
    book.save(path)
    return path


def test_a_document_named_without_the_titles_apostrophe_names_the_work(cmo, tmp_path):
    from sheet_reviews import review_of

    keys = review_of(cmo, tmp_path, DOMAINS, JOHNS)
    sheet = _atlas_sheet(
        tmp_path,
        [
            ["1:1", "stay", "Johns Campaign (Gerrard & Jones 2014).pdf", "", "C: visiting hours", "", "", "SB",
             "restricted visiting hours", "carer given the right to stay", "person less distressed", "", "partners"],
            ["2:1", "excl", "Childrens Commissioner (Okafor 2019).pdf", "", "C: exclusions", "", "", "MH",
             "schools excluding pupils", "head teachers feel watched", "fewer exclusions", "4", "schools"],
        ],
    )  # fmt: skip
    cmo("code", "import", str(sheet), code=None)
    assert [s["source"] for s in cmo.json("code", "list")] == [keys["john's"], keys["the"]]


def test_a_name_that_is_no_words_of_the_work_is_still_refused(cmo, tmp_path):
    # must not fire, on another topic: words of no title before the citation name no work, apostrophe or none
    from sheet_reviews import review_of

    review_of(cmo, tmp_path, DOMAINS, JOHNS)
    sheet = _atlas_sheet(
        tmp_path,
        [["1:1", "x", "Parents Forum (Okafor 2019).pdf", "", "C: x", "", "", "MH",
          "schools excluding pupils", "head teachers feel watched", "fewer exclusions", "4", "schools"],
         ["2:1", "y", "Okafor 2019.pdf", "", "C: y", "", "", "MH",
          "schools with a parents' forum", "parents feel heard", "fewer exclusions", "5", "schools"]],
    )  # fmt: skip
    said = cmo("code", "import", str(sheet), code=2)
    assert "'Parents Forum (Okafor 2019).pdf' is not a source in this review" in said.stderr


# DB 3: the TEAM trial's statement, outcome "higher carer satisfaction; no difference in days at home", was listed
# against a configuration of carers welcomed as partners (fewer complaints, more participation): its null is about days
# at home, which no member speaks of, and its other part is the configuration's own outcome.

WARD = """TY  - JOUR
TI  - Care in a specialist unit for older people with cognitive impairment: randomised controlled trial
AU  - Goldberg, Sarah
PY  - 2013
JO  - BMJ
DO  - 10.1136/bmj.f4132
ER  -

TY  - JOUR
TI  - Barriers and facilitators to family participation in hospital care
AU  - Belanger, Lynda
PY  - 2018
JO  - Patient Experience Journal
DO  - 10.35680/2372-0247.1250
ER  -

TY  - JOUR
TI  - Better together: partnering with families
AU  - Dupuis, Anne
PY  - 2015
JO  - Healthcare Quarterly
DO  - 10.12927/hcq.2015.0001
ER  -
"""

WARD_DOMAINS = """domains:
  - slug: partners
    name: Carers as partners
    description: Family carers on the ward.
"""


def _against(cmo, tmp_path, null_outcome: str, others: tuple[str, str]) -> list[str]:
    from sheet_reviews import review_of

    keys = review_of(cmo, tmp_path, WARD_DOMAINS, WARD)
    rows = [
        (
            keys["care"],
            "specialist unit with open visiting",
            "family carers welcomed and involved in care planning",
            null_outcome,
        ),
        (keys["barriers"], "staff invite the family to take part", "families welcomed and feel permission to help", others[0]),
        (keys["better"], "hospitals with family presence policies", "families welcomed as partners in care", others[1]),
    ]
    for source, context, mechanism, outcome in rows:
        cmo("code", "add", "--source", source, "--context", context, "--mechanism", mechanism, "--outcome", outcome)
    cmo("configs", "new", "--statements", "S1,S2,S3", "--domain", "partners", code=None)
    return cmo.json("configs", "list")[0]["contradicting"]


def test_a_null_on_a_measure_no_member_speaks_of_is_no_contradiction(cmo, tmp_path):
    against = _against(
        cmo,
        tmp_path,
        "higher carer satisfaction; no difference in days at home",
        ("family participation increases", "fewer complaints from families"),
    )
    assert "S1" not in against


def test_a_null_on_the_measure_the_others_report_still_goes_against(cmo, tmp_path):
    # must fire still, on the same shape: the null part is about what the other members say came
    against = _against(
        cmo,
        tmp_path,
        "higher carer satisfaction; no difference in days at home",
        ("more days at home after discharge", "patients spend more days at home"),
    )
    assert against == ["S1"]


# DB 4: `round close --check` said "C2 … naming 'This' in its context, which no other of its sources says" of a context
# "wards using This is me": the first word of the leaflet's name, a word that names nothing to the group.

LEAFLETS = """TY  - JOUR
TI  - Caring for older people with dementia in hospital: strategies
AU  - Baillie, Lesley
PY  - 2012
JO  - Nursing Older People
DO  - 10.7748/nop2012.11.24.9.22.c9340
ER  -

TY  - JOUR
TI  - Improving clinician-carer communication for safer hospital care
AU  - Luxford, Karen
PY  - 2015
JO  - International Journal for Quality in Health Care
DO  - 10.1093/intqhc/mzv026
ER  -
"""


def _check_names(cmo, tmp_path, first_context: str) -> str:
    from sheet_reviews import review_of

    keys = review_of(cmo, tmp_path, WARD_DOMAINS, LEAFLETS)
    cmo(
        "code",
        "add",
        "--source",
        keys["caring"],
        "--context",
        first_context,
        "--mechanism",
        "staff know the person's preferences and history",
        "--outcome",
        "fewer behaviours that challenge",
    )
    cmo("code", "add", "--source", keys["improving"], "--context", "wards where carers write tips for staff",
        "--mechanism", "staff know the person's preferences", "--outcome", "fewer behavioural incidents")  # fmt: skip
    cmo("configs", "new", "--statements", "S1,S2", "--domain", "partners", code=None)
    return cmo("round", "close", "--check", code=None).stderr


def test_a_leaflets_opening_function_word_is_no_name_of_one_study(cmo, tmp_path):
    said = _check_names(cmo, tmp_path, "wards using This is me")
    assert "'This'" not in said


def test_a_place_one_study_names_is_still_said(cmo, tmp_path):
    # must still fire, on the same shape: a place only one source names
    said = _check_names(cmo, tmp_path, "wards in Leicester using a personal profile")
    assert "naming 'Leicester'" in said


# DB 5: an ATLAS.ti sheet whose only document names no source, beside ATLAS.ti's blank 'Reference' column, was refused
# "row 2, column Reference: no source key": the blank column was taken for the study column. The cell at fault is named.


def test_a_document_naming_no_source_is_refused_by_its_own_column(cmo, tmp_path):
    from sheet_reviews import review_of

    review_of(cmo, tmp_path, DOMAINS, JOHNS)
    sheet = _atlas_sheet(
        tmp_path,
        [["1:1", "x", "Parents Forum (Okafor 2019).pdf", "", "C: x", "", "", "MH",
          "schools excluding pupils", "head teachers feel watched", "fewer exclusions", "4", "schools"]],
    )  # fmt: skip
    said = cmo("code", "import", str(sheet), code=2)
    assert "row 2, column Document: 'Parents Forum (Okafor 2019).pdf' is not a source in this review" in said.stderr
    assert "column Reference" not in said.stderr


def test_a_blank_reference_beside_a_document_naming_sources_is_left_as_before(cmo, tmp_path):
    # must not change, on another topic: the document names a source, read from it as before
    from sheet_reviews import review_of

    keys = review_of(cmo, tmp_path, DOMAINS, JOHNS)
    sheet = _atlas_sheet(
        tmp_path,
        [["1:1", "x", "Okafor 2019.pdf", "", "C: x", "", "", "MH",
          "schools excluding pupils", "head teachers feel watched", "fewer exclusions", "4", "schools"]],
    )  # fmt: skip
    cmo("code", "import", str(sheet), code=None)
    assert [s["source"] for s in cmo.json("code", "list")] == [keys["the"]]


def test_a_null_on_what_a_person_worded_the_configuration_about_still_goes_against():
    # must still fire: no member speaks of days at home, but the configuration's own words, as a person wrote them, do
    from cmo.models import Statement
    from cmo.synthesis.evidence import proposed_against

    rows = [
        ("specialist unit", "family carers welcomed and involved", "higher carer satisfaction; no difference in days at home"),
        ("staff invite the family", "families welcomed and feel permission", "family participation increases"),
        ("family presence policies", "families welcomed as partners", "fewer complaints from families"),
    ]
    statements = {
        f"S{i}": Statement(id=f"S{i}", source=f"s{i}", context=c, mechanism=m, outcome=o, coder="SB")
        for i, (c, m, o) in enumerate(rows, 1)
    }
    assert proposed_against(list(statements), statements, lambda sid, others: True) == []
    assert proposed_against(list(statements), statements, lambda sid, others: True, "more days at home") == ["S1"]
