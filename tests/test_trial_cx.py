"""Trial CX (inclusion health outreach and specialist primary care for people experiencing homelessness): the faults a
peer researcher and a public-health registrar who screen in ASReview LAB met, each with a case where the rule must not
fire, on another topic."""

from __future__ import annotations

import json
from pathlib import Path

DATA = Path(__file__).parent / "data" / "trial_cx"


def _sources(cmo) -> dict[str, dict]:
    return {s["key"]: s for s in json.loads(cmo("sources", "list", "--json").stdout)}


def test_asreview_dataset_export_gives_its_labels_as_screening_decisions(cmo):
    """The ingest said ASReview's export's 'screening decisions are read by cmo select import FILE', and the import then
    refused it: 'the header row has no decision column'. Its `asreview_label` is the decision (1 relevant, 0 irrelevant,
    empty where ASReview never showed the record: left unscreened), its `asreview_note` the note, or an exclusion's
    reason; an exclusion with no note keeps the tool's judgement as its reason, said."""
    cmo("init", str(cmo.folder))
    cmo("ingest", str(DATA / "pubmed-set.nbib"))
    said = cmo("select", "import", str(DATA / "asreview_dataset_all_peer-screen.csv"), code=1)
    sources = _sources(cmo)
    assert sources["gunner2019provision"]["status"] == "included"
    assert sources["hewett2016randomised"]["status"] == "excluded"
    assert sources["hewett2012general"]["status"] == "excluded"
    assert sources["hwang2005interventions"]["status"] == "unscreened"  # never shown in ASReview: nobody's decision
    shown = cmo("sources", "show", "hewett2016randomised").stdout
    assert "RCT about hospital not primary care??" in shown
    assert "marked irrelevant in ASReview" in cmo("sources", "show", "hewett2012general").stdout
    assert "row 5: excluded with no note saying why" in said.stderr
    assert "row 4: no label in 'asreview_label'" in said.stderr
    assert "was read as include (write include" not in said.stderr  # the tool's own 1 and 0 are no typist's numbers
    gunner = json.loads(cmo("sources", "list", "--json").stdout)
    assert next(s for s in gunner if s["key"] == "gunner2019provision")["status"] == "included"


def test_a_team_sheet_with_an_empty_decision_is_still_refused(cmo, tmp_path):
    """Must not fire: a school-meals team's own screening sheet (no tool's column) with a decision left empty is refused
    by row, and its 0 is still said as read."""
    cmo("init", str(cmo.folder))
    cmo("ingest", str(DATA / "pubmed-set.nbib"))
    sheet = tmp_path / "school-meals-screening.csv"
    sheet.write_text(
        "doi,decision,reason\n10.3399/bjgp19X704633,0,not about school meals\n10.1136/bmj.e5999,,\n", encoding="utf-8"
    )
    refused = cmo("select", "import", str(sheet), code=2)
    assert "no decision" in refused.stderr
    sheet.write_text("doi,decision,reason\n10.3399/bjgp19X704633,0,not about school meals\n", encoding="utf-8")
    said = cmo("select", "import", str(sheet), code=1)
    assert "'0' in 'decision' was read as exclude" in said.stderr


def test_a_notes_row_under_a_frozen_header_is_left_out_and_said(cmo):
    """The team's Google Sheet keeps a row of notes under its frozen header ('C = who / where', 'M = how ppl respond'):
    the import refused the whole sheet, 'NOTES ROW - pls keep…' is not a source in this review. It is left out, said."""
    cmo("init", str(cmo.folder))
    cmo("ingest", str(DATA / "pubmed-set.nbib"))
    said = cmo("code", "import", str(DATA / "coding-sheet-notes-row.xlsx"), code=None)
    assert said.exit_code in (0, 1), said.stderr
    assert "row 2 says what the columns hold ('NOTES ROW - pls keep" in said.stderr
    listed = json.loads(cmo("code", "list", "--json").stdout)
    assert [s["source"] for s in listed] == ["gunner2019provision", "hewett2012general"]


def test_a_first_row_citing_an_unknown_study_is_still_refused(cmo, tmp_path):
    """Must not fire: a falls-prevention team's first row is a statement whose study is mistyped; it names no notes and
    its cells define nothing, so the sheet is refused naming it, as ever."""
    cmo("init", str(cmo.folder))
    cmo("ingest", str(DATA / "pubmed-set.nbib"))
    sheet = tmp_path / "falls-coding.csv"
    sheet.write_text(
        "Paper,Context,Mechanism,Outcome\n"
        "Smith 2020,care homes with a falls lead,staff feel responsible for falls,fewer falls\n"
        "Gunner 2019,specialist practice,drop-in appts feel easier,more attend\n",
        encoding="utf-8",
    )
    refused = cmo("code", "import", str(sheet), code=2)
    assert "'Smith 2020' is not a source in this review" in refused.stderr


def test_an_outcome_coded_with_dont_typed_without_its_apostrophe_is_given_its_subject():
    """'dental anxiety + competing priorities' → 'dont attend dentist' read 'mean that dont attend dentist', and
    'consistent provider' → 'keep attending' read 'leads to keep attending': the coder's 'don't' typed without its
    apostrophe, and a verb keeping up a doing, are verb phrases and take their subject."""
    from cmo.synthesis.wording import cmo_sentence

    dentist = cmo_sentence("ppl needing a dentist", "dental anxiety + competing priorities", "dont attend dentist")
    assert "that they don't attend dentist" in dentist  # 'ppl', a coder's contraction, is people (helper J0): 'they'
    assert "people can't get an appt" in cmo_sentence("rural areas", "no bus", "cant get an appt")
    assert "they keep attending" in cmo_sentence("Canadian regional municipality", "consistent provider", "keep attending")


def test_a_noun_phrase_outcome_is_not_given_a_subject():
    """Must not fire: a school-meals review's outcomes that are noun phrases, or a word like 'wont' in its own sense,
    keep their words after 'leads to' or 'with this outcome'."""
    from cmo.synthesis.wording import _lacks_its_subject

    assert not _lacks_its_subject("wont of the pupils to skip lunch")
    assert not _lacks_its_subject("cantonal meal subsidies rise")
    assert not _lacks_its_subject("more pupils eating school meals")


def test_a_one_letter_short_form_the_team_defined_is_told():
    """review.yaml said `w: with`, and the pack's "How to read" told "exp" and "ppl" but never "w", though a lived
    experience group read "peer workers w lived exp" in it: a one-letter entry was too short to be looked for."""
    from cmo.synthesis.shorthand import short_forms_told

    told = short_forms_told([("C5", "peer workers w lived exp make services feel safe")], {"w": "with", "exp": "experience"})
    assert "“w” means with" in told and "“exp” means experience" in told


def test_letters_nobody_defined_or_inside_terms_are_not_told():
    """Must not fire: a diabetes review's "type 2", "vitamin D", "A&E" and "w/o" are no one-letter words the team
    defined; "x" defined as "times" is not used as a word, so nothing is told."""
    from cmo.synthesis.shorthand import short_forms_told

    texts = [("C1", "vitamin D and type 2 diabetes; A&E use w/o a GP; a tablet at night, I feel better")]
    assert short_forms_told(texts, {"x": "times", "E": "emergency"}) == ""


def test_asreview_ris_export_is_the_tools_copy_and_its_labels_are_decisions(cmo):
    """ASReview's RIS export of the PubMed search was counted as a search of its own (the report's records identified
    91 for 60), and 'cmo select import' refused it as '.ris'. Its records are ASReview's copies, not counted again, and
    its `N1  - ASReview_relevant` / `ASReview_irrelevant` / `ASReview_not_seen` notes are the decisions."""
    cmo("init", str(cmo.folder))
    cmo("ingest", str(DATA / "pubmed-set.nbib"))
    said = cmo("ingest", str(DATA / "asreview_dataset_relevant_project.ris"))
    assert "is ASReview's export of the records screened there: 4 records" in said.stderr
    flow = cmo("report", "--format", "md", "-o", str(cmo.folder / "report.md"), code=1)
    assert flow.exit_code == 1
    report = (cmo.folder / "report.md").read_text(encoding="utf-8")
    assert "| Records identified | 4 |" in report
    cmo("select", "import", str(DATA / "asreview_dataset_relevant_project.ris"), code=1)
    sources = _sources(cmo)
    assert sources["hewett2012general"]["status"] == "included"
    assert sources["hwang2005interventions"]["status"] == "included"
    assert sources["gunner2019provision"]["status"] == "excluded"
    assert sources["hewett2016randomised"]["status"] == "unscreened"
    assert "GP+nurse in-reach, v relevant" in cmo("sources", "show", "hewett2012general").stdout


def test_a_reference_managers_ris_with_notes_is_a_search_and_no_screening_file(cmo, tmp_path):
    """Must not fire: a falls-prevention team's Zotero RIS whose notes say other things is records identified, and
    'cmo select import' still refuses it as no screening sheet."""
    cmo("init", str(cmo.folder))
    ris = tmp_path / "falls-grey.ris"
    ris.write_text(
        "TY  - RPRT\r\nTI  - Falls prevention in care homes: a guide\r\nAU  - Age UK\r\nPY  - 2019\r\nPB  - Age UK\r\n"
        "N1  - relevant to falls leads\r\nN1  - ASReview later?\r\nER  - \r\n\r\n",
        encoding="utf-8",
    )
    said = cmo("ingest", str(ris), code=None)
    assert "ASReview's export" not in said.stderr
    refused = cmo("select", "import", str(ris), code=2)
    assert "expected a .csv or .xlsx file" in refused.stderr


def test_a_colleagues_file_decision_turned_round_by_another_file_is_said(cmo):
    """The registrar's ASReview export included the Pathway trial; the peer researcher's, imported after it, excluded it
    ('RCT about hospital not primary care??') with no word but the history. A later file still decides, and the import
    now says whose decision it turned round, with the command that puts it back."""
    cmo("init", str(cmo.folder))
    cmo("ingest", str(DATA / "pubmed-set.nbib"))
    cmo("--by", "AK", "select", "import", str(DATA / "asreview_dataset_relevant_project.ris"), code=1)
    cmo("--by", "AK", "select", "include", "hewett2016randomised", "--note", "AK: GP-led, keep")
    cmo("--by", "AK", "select", "import", str(DATA / "asreview_dataset_relevant_project.ris"), code=1)
    said = cmo("--by", "DM", "select", "import", str(DATA / "asreview_dataset_all_peer-screen.csv"), code=None)
    assert said.exit_code == 2  # AK included hewett2016 one at a time: a file does not undo that (as ever)
    cmo("--by", "AK", "select", "unscreen", "hewett2016randomised")
    sheet = cmo.folder / "ak.csv"
    sheet.write_text("doi,decision\n10.7861/clinmedicine.16-3-223,include\n10.1136/bmj.e5999,include\n", encoding="utf-8")
    cmo("--by", "AK", "select", "import", str(sheet))
    said = cmo("--by", "DM", "select", "import", str(DATA / "asreview_dataset_all_peer-screen.csv"), code=1)
    assert (
        "asreview_dataset_all_peer-screen.csv excludes hewett2016randomised ('RCT about hospital not primary care??'), "
        "which AK included with screening file ak.csv" in said.stderr
    )
    assert "'cmo select include hewett2016randomised' puts AK's back" in said.stderr
    assert _sources(cmo)["hewett2016randomised"]["status"] == "excluded"  # the later file's word, as ever


def test_revising_ones_own_file_is_not_said(cmo):
    """Must not fire: a falls-prevention screener who imports a corrected file of their own turns round their own
    decisions; nothing is said of it."""
    cmo("init", str(cmo.folder))
    cmo("ingest", str(DATA / "pubmed-set.nbib"))
    first = cmo.folder / "falls-ta.csv"
    first.write_text("doi,decision,reason\n10.1136/bmj.e5999,exclude,not falls\n", encoding="utf-8")
    cmo("--by", "JM", "select", "import", str(first))
    full = cmo.folder / "falls-fulltext.csv"
    full.write_text("doi,decision,reason\n10.1136/bmj.e5999,include,\n", encoding="utf-8")
    said = cmo("--by", "JM", "select", "import", str(full))
    assert "puts" not in said.stderr


def _paper_forms(tmp_path, finding: str):
    import openpyxl

    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(["Name (made up)", "Finding", "Agree? (Y / N / Partly)", "What's missing"])
    sheet.append(["Tommo", finding, "Y", "being called by your name"])
    path = tmp_path / "paper-forms-typed-up.xlsx"
    book.save(path)
    return path


def test_a_finding_typed_with_another_findings_number_names_both(tmp_path):
    """Paper forms typed up against a draft pack: 'CMO 1.5 (C12)' was refused as "not a configuration of round 1",
    though C12 was in it, numbered CMO 1.4. The refusal now names both findings the cell points to."""
    import pytest

    from cmo.errors import BadInput
    from cmo.sheets.feedback import parse_feedback_files

    names = {1: {"cmo 1 4": "C12", "cmo 1 5": "C13"}}
    with pytest.raises(BadInput) as refused:
        parse_feedback_files([_paper_forms(tmp_path, "CMO 1.5 (C12)")], {"C12", "C13"}, 1, warnings=[], names=names)
    said = str(refused.value)
    assert "'CMO 1.5 (C12)' names two of round 1's findings: its pack gave 'CMO 1.5' to C13 and numbered C12 CMO 1.4" in said
    assert "is not a configuration of round 1" not in said


def test_a_finding_typed_with_its_own_number_is_read(tmp_path):
    """Must not fire: a school-meals panel's form naming 'CMO 1.4 (C12)' as its pack did is read as C12, and a number of
    no configuration is still refused as none of the round's."""
    import pytest

    from cmo.errors import BadInput
    from cmo.sheets.feedback import parse_feedback_files

    names = {1: {"cmo 1 4": "C12", "cmo 1 5": "C13"}}
    items = parse_feedback_files([_paper_forms(tmp_path, "CMO 1.4 (C12)")], {"C12", "C13"}, 1, warnings=[], names=names)
    assert [item.configuration for item in items] == ["C12"]
    with pytest.raises(BadInput) as refused:
        parse_feedback_files([_paper_forms(tmp_path, "CMO 1.9")], {"C12", "C13"}, 1, warnings=[], names=names)
    assert "'CMO 1.9' is not a configuration of round 1" in str(refused.value)


def test_a_title_kept_after_a_rewording_is_not_named_for_a_dont_the_answer_typed(cmo, tmp_path):
    """A lived-experience member wrote "Please dont use 'pts' …"; C1's context was reworded because of it, and round
    close named its title as still saying 'dont', "which those answers spoke of": a coder's "don't" typed without its
    apostrophe is a function word. The word the answer objected to ('pts') is still named (must-not-fire twin)."""
    cmo("init", str(cmo.folder))
    cmo("ingest", str(DATA / "pubmed-set.nbib"))
    cmo(
        "code",
        "add",
        "--source",
        "gunner2019provision",
        "--context",
        "people registered at a specialist practice",
        "--mechanism",
        "walk-in appts mean pts dont have to plan ahead",
        "--outcome",
        "more attend primary care",
    )
    cmo("refine")
    cmo("round", "close", code=None)
    forms = tmp_path / "paper-forms.csv"
    forms.write_text(
        "Name (made up),Finding,Agree? (Y / N / Partly),Other comments\n"
        "Robin,C1,Partly,Please dont use 'pts' its how services talk\n",
        encoding="utf-8",
    )
    cmo("feedback", "import", str(forms), "--round", "1", code=None)
    cmo("configs", "edit", "C1", "--context", "patients registered at a specialist practice", "--because", "F1")
    said = cmo("round", "close", "--check", code=None).stderr
    assert "still says 'pts'" in said
    assert "'dont'" not in said


_CRISIS = (
    "TY  - RPRT\r\nTI  - Homelessness: a silent killer\r\nAU  - Thomas, Bethan\r\nPY  - 2011\r\nPB  - Crisis\r\nER  - \r\n\r\n"
    "TY  - RPRT\r\nTI  - The hidden truth about homelessness\r\nAU  - Reeve, Kesia\r\nAU  - Batty, Elaine\r\nPY  - 2011\r\n"
    "PB  - Crisis\r\nER  - \r\n\r\n"
)


def test_a_choice_among_works_says_a_maybe_as_maybe(cmo, tmp_path):
    """'Crisis 2011' on the sheet could be either Crisis report; the import said 'reeve2011hidden is unscreened' of one the
    team had marked maybe. It now says so."""
    cmo("init", str(cmo.folder))
    ris = tmp_path / "Exported Items.ris"
    ris.write_text(_CRISIS, encoding="utf-8")
    cmo("ingest", str(ris), "--origin", "website")
    cmo("select", "include", "thomas2011homelessness")
    cmo("select", "maybe", "reeve2011hidden")
    sheet = tmp_path / "coding.csv"
    sheet.write_text("Paper,Context,Mechanism,Outcome\nCrisis 2011,homeless ppl England,no GP,die younger\n", encoding="utf-8")
    said = cmo("code", "import", str(sheet), code=None).stderr
    assert "(reeve2011hidden is marked maybe (screened, not yet decided))" in said


def test_a_choice_among_works_says_an_unscreened_one_as_unscreened(cmo, tmp_path):
    """Must not fire: a work nobody has screened is still said to be unscreened."""
    cmo("init", str(cmo.folder))
    ris = tmp_path / "Exported Items.ris"
    ris.write_text(_CRISIS, encoding="utf-8")
    cmo("ingest", str(ris), "--origin", "website")
    cmo("select", "include", "thomas2011homelessness")
    sheet = tmp_path / "coding.csv"
    sheet.write_text("Paper,Context,Mechanism,Outcome\nCrisis 2011,homeless ppl England,no GP,die younger\n", encoding="utf-8")
    said = cmo("code", "import", str(sheet), code=None).stderr
    assert "(reeve2011hidden is unscreened)" in said


def test_a_rating_typed_as_n_a_is_no_rating_and_a_row_of_nothing_else_no_answer(tmp_path):
    """The administrator typed 'n/a' in an unticked 'Agree?' box of a paper form: it was kept as an answer to C12
    without a rating ('4 answers … 1 unrated'), unsaid. It is no rating, and with nothing else written, no answer."""
    from cmo.sheets.feedback import parse_feedback_files

    path = _paper_forms(tmp_path, "C12")
    import openpyxl

    book = openpyxl.load_workbook(path)
    book.active.append(["anon", "C13", "n/a", ""])
    book.active.append(["Sam", "C13", "N/A", "the dentist van comes monthly"])
    book.save(path)
    warnings: list = []
    items = parse_feedback_files([path], {"C12", "C13"}, 1, warnings=warnings)
    assert [(i.respondent, i.configuration, i.rating) for i in items] == [("Tommo", "C12", "agree"), ("Sam", "C13", None)]
    assert any("'n/a' given as the rating says none was given" in str(w) for w in warnings)


def test_a_dont_know_rating_is_still_kept(tmp_path):
    """Must not fire: a school-meals panel member's "Don't know" is an answer in their words, kept without a rating."""
    from cmo.sheets.feedback import parse_feedback_files

    path = _paper_forms(tmp_path, "C12")
    import openpyxl

    book = openpyxl.load_workbook(path)
    book.active.append(["Ali", "C13", "Don't know", ""])
    book.save(path)
    items = parse_feedback_files([path], {"C12", "C13"}, 1, warnings=[])
    assert ("Ali", "C13") in [(i.respondent, i.configuration) for i in items]
