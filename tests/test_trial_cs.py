"""Trial CS: a GP partner and a social prescribing link worker run a rapid realist review of link workers for people
with long-term conditions and loneliness (EndNote 21's RIS and XML exports of one library, Covidence's full-text and
quality-assessment exports, Microsoft Forms feedback). Each test fails on the code before the trial, or is the case
where the rule must not fire, on another topic."""

from __future__ import annotations

import re
from pathlib import Path

DATA = Path(__file__).parent / "data" / "trial_cs"


def _flow(cmo) -> dict[str, int]:
    report = cmo.folder / "report.md"
    cmo("report", "--format", "md", "-o", str(report), code=None)
    rows = re.findall(r"^\| (Records identified|Duplicate records linked) \| (\d+) \|$", report.read_text(), re.M)
    return {step: int(number) for step, number in rows}


def test_one_endnote_library_exported_as_ris_and_as_xml_is_counted_once(cmo):
    """Fails on the old code: EndNote's RIS export and its XML export of the same library (the same record numbers,
    `ID  - 103` and `<rec-number>103</rec-number>`) made 8 records identified of 4, and 4 duplicate records linked, in
    the report's document flow: one library counted as two searches."""
    cmo("init", str(cmo.folder))
    result = cmo("ingest", str(DATA / "SP_LW_library.txt"), str(DATA / "SP_LW_library.xml"))
    assert "SP_LW_library.xml gives again 4 records of SP_LW_library.txt under the same record numbers" in result.stderr
    assert _flow(cmo) == {"Records identified": 4, "Duplicate records linked": 0}
    assert len(cmo.json("sources", "list")) == 4


def test_two_peoples_libraries_of_another_topic_keep_their_duplicates(cmo):
    """Must not fire: two reviewers' EndNote libraries of a telehealth review number their records each their own way.
    The same paper under two numbers (7, 12) is a duplicate the searches found twice; number 12 of one library and
    number 12 of the other are two papers, never linked."""
    cmo("init", str(cmo.folder))
    result = cmo("ingest", str(DATA / "telehealth_JM.txt"), str(DATA / "telehealth_HC.txt"))
    assert "gives again" not in result.stderr
    assert _flow(cmo) == {"Records identified": 4, "Duplicate records linked": 1}
    assert len(cmo.json("sources", "list")) == 3


def _appraisals(cmo) -> dict[str, tuple[str, str, str]]:
    shown = {s["key"]: cmo.json("sources", "show", s["key"]).get("appraisal") for s in cmo.json("sources", "list")}
    return {key: (a["relevance"], a["rigour"], a["note"]) for key, a in shown.items() if a and (a["relevance"] or a["rigour"])}


def test_covidence_quality_assessment_export_reads_its_consensus_and_each_comment(cmo):
    """Fails on the old code: Covidence's quality-assessment export (a row per reviewer and a 'Consensus' row, a
    'Comments' column after each judgement) was refused: 'Rigour (trustworthiness of methods): Comments' was read as a
    second rigour column, 'Relevance to programme theory' as no relevance column, and the two reviewers' rows that the
    consensus settled as a conflict."""
    cmo("init", str(cmo.folder))
    cmo("ingest", str(DATA / "SP_LW_library.txt"))
    result = cmo("appraise", "--file", str(DATA / "review_417233_quality_assessment.csv"), code=1)
    assert "rows 2, 3, 5, 6: each appraiser's own rows for 2 sources with a consensus row were left out" in result.stderr
    assert "was not read" not in result.stderr
    appraisals = _appraisals(cmo)
    assert appraisals["moffatt2017link"] == (
        "high",
        "high",
        "relevance: NE England only but rich data; rigour: interviews n=30; appraised by Consensus",
    )
    assert appraisals["tierney2020supporting"][:2] == ("high", "high")


def test_two_appraisers_who_disagree_with_no_consensus_are_still_refused(cmo):
    """Must not fire: a telehealth team's appraisal sheet, two appraisers' rows of one study that disagree and no
    consensus row, is refused naming the rows, as before; a person reconciles them."""
    cmo("init", str(cmo.folder))
    cmo("ingest", str(DATA / "telehealth_JM.txt"), str(DATA / "telehealth_HC.txt"))
    result = cmo("appraise", "--file", str(DATA / "telehealth-appraisal.csv"), code=2)
    assert "greenhalgh2020video is also on row 2 with another appraisal" in result.stderr
    assert _appraisals(cmo) == {}


def test_a_relevance_column_headed_in_a_teams_words_and_its_comments(cmo):
    """Fails on the old code: 'Relevance to the programme theory' was no relevance column (the sheet refused), and of
    'Relevance comments' and 'Rigour - notes' one was named as not read. Must not fire: 'Relevance comments' is a note,
    never the relevance, and 'Rigour' is read as written."""
    cmo("init", str(cmo.folder))
    cmo("ingest", str(DATA / "telehealth_JM.txt"), str(DATA / "telehealth_HC.txt"))
    result = cmo("appraise", "--file", str(DATA / "telehealth-appraisal-agreed.csv"))
    assert "was not read" not in result.stderr
    appraisals = _appraisals(cmo)
    assert appraisals["greenhalgh2020video"] == (
        "high",
        "medium",
        "relevance: video consults in UK general practice; rigour: analysis piece; appraised by JM",
    )
    assert appraisals["kirsh2007shared"] == ("low", "medium", "rigour: QI report; appraised by HC")


def test_a_plural_acronym_is_no_one_studys_name():
    """Fails on the old code: round close named 'GPs' as what only one of a configuration's two sources says ("C4 goes
    to the group in one of its 2 sources' words, naming 'Glasgow', 'GPs'"), as if it were a place; an acronym's plural
    names a role as the acronym does. Must not fire: the place is still named, on another topic too ('Rotterdam')."""
    from cmo.commands.rounds import _one_study_s_words

    nothing = (lambda name: False, lambda term: False)
    texts = ["Deep End practices Glasgow GPs see CLP as part of team", "practices with full buy in CLP sits in practice"]
    named = _one_study_s_words(
        "In Glasgow practices, GPs see the link worker as one of the team", texts, " ".join(texts), nothing, True
    )
    assert "GPs" not in named and any("Glasgow" in name for name in named)
    texts = ["funding ends NGOs close Rotterdam youth centres", "funding cut youth groups closed"]
    named = _one_study_s_words("Where funding ends, NGOs close youth centres in Rotterdam", texts, " ".join(texts), nothing, True)
    assert named == ["Rotterdam"]


def _sentence(context: str, mechanism: str, outcome: str) -> str:
    from cmo.synthesis.wording import cmo_segments

    return "".join(segment.text for segment in cmo_segments(context, mechanism, outcome))


def test_a_person_who_declines_an_offer_is_no_change_the_mechanism_made():
    """Fails on the old code: round 2's pack read "…, the patient feels fobbed off, which declines the referral or does
    not attend": "declines", a verb of change ("attendance declines"), was taken for what the feeling did. With an
    object it says what the person did next (refused the referral), as "refuses the offer" does (trial BY)."""
    said = _sentence(
        "the GP hands over a social problem with little explanation",
        "the patient feels fobbed off",
        "declines the referral or does not attend",
    )
    assert "the patient feels fobbed off, and so declines the referral or does not attend" in said
    said = _sentence("women offered screening by letter", "the woman feels the letter is impersonal", "declines the invitation")
    assert said.endswith("the woman feels the letter is impersonal, and so declines the invitation.")


def test_a_change_the_mechanism_makes_and_a_decline_without_object_read_as_before():
    """Must not fire, on another topic: a verb of change with its object is what the mechanism does ("…, which reduces
    rent arrears"), and a decline with no object is no person's next act."""
    said = _sentence("tenants with a named housing officer", "the tenant trusts the housing officer", "reduces rent arrears")
    assert said.endswith("the tenant trusts the housing officer, which reduces rent arrears.")
    said = _sentence("tenants with a named housing officer", "the tenant trusts the housing officer", "declines steadily")
    assert "and so declines" not in said


def test_a_word_made_with_ise_from_an_everyday_word_is_no_one_studys_term():
    """Fails on the old code: round close named 'marginalised' (and so 'marginalized') as a term only one study says,
    asking the team to reword an everyday word: -ise and -ize make verbs of English words as -ed and -ing inflect them.
    Must not fire: a word whose stem is no English word is still named ('responsibilised'; on another topic, a trial's
    'telemonitorised')."""
    from cmo.commands.rounds import _one_source_s_terms

    texts = ["pts from marginalised groups feel responsibilised", "referral framed as fobbing off, pt feels dismissed"]
    assert _one_source_s_terms("pts from marginalised groups feel responsibilised", texts, lambda term: False) == {
        "responsibilised"
    }
    texts = ["telemonitorised patients with heart failure in Leeds", "patients with heart failure phone the nurse"]
    assert _one_source_s_terms("telemonitorised patients phone the nurse", texts, lambda term: False) == {"telemonitorised"}


def test_ingest_names_the_as_a_covidence_list_of_one_decision_needs(cmo):
    """Fails on the old code: ingesting Covidence's full-text-review CSV said "its screening decisions are read by 'cmo
    select import review_417233_fulltext_csv.csv'", which then refused the file for want of a decision column. Now the
    ingest names the '--as' its import needs, and that import reads it."""
    cmo("init", str(cmo.folder))
    cmo("ingest", str(DATA / "SP_LW_library.txt"))
    said = cmo("ingest", str(DATA / "review_417233_fulltext_csv.csv")).stderr
    assert "it holds no decision column, so read the decision it lists with 'cmo select import" in said
    assert "review_417233_fulltext_csv.csv --as included' (or '--as excluded')" in said
    cmo("select", "import", str(DATA / "review_417233_fulltext_csv.csv"), "--as", "included", code=None)
    included = {s["key"] for s in cmo.json("sources", "list") if s["status"] == "included"}
    assert {"tierney2020supporting", "moffatt2017link"} <= included


def test_a_rayyan_export_with_its_decisions_is_still_sent_to_a_plain_import(cmo, tmp_path):
    """Must not fire, on a falls-prevention topic: Rayyan's export carries its decisions in its notes, so the ingest
    still says its decisions are read by 'cmo select import rayyan.csv', with no '--as'."""
    (tmp_path / "search.ris").write_text(
        "TY  - JOUR\nAU  - Haddad, R.\nTI  - Falls clinics for older people: a qualitative study\nPY  - 2017\n"
        "DO  - 10.1000/falls.2017.1\nER  - \n",
        encoding="utf-8",
    )
    (tmp_path / "rayyan.csv").write_text(
        "key,title,authors,journal,year,doi,notes\n"
        '1,Falls clinics for older people: a qualitative study,"Haddad, R.",Age Ageing,2017,10.1000/falls.2017.1,'
        '"RAYYAN-INCLUSION: {""Ana""=>""Included""}"\n',
        encoding="utf-8",
    )
    cmo("init", str(cmo.folder))
    cmo("ingest", str(tmp_path / "search.ris"))
    said = cmo("ingest", str(tmp_path / "rayyan.csv")).stderr
    assert "its screening decisions are read by 'cmo select import rayyan.csv'." in said
    assert "--as" not in said


def test_un_before_a_short_past_participle_is_an_everyday_word():
    """Fails on the old code: round close named 'unmet' ("frustration for LW and pt, unmet need") as a term only one
    study says: un + "met" fell under the four letters a word's stem must have. Must not fire, on an antibiotics topic:
    a drug's name that opens with "un" ('unasyn') is still named."""
    from cmo.commands.rounds import _one_source_s_terms

    texts = ["VCSE groups closed, frustration for LW and pt, unmet need", "covid lockdown, groups closed, less onward linking"]
    assert _one_source_s_terms("link worker and patient frustrated; unmet need", texts, lambda term: False) == set()
    texts = ["patients on the ward given unasyn iv", "patients on the ward given oral antibiotics"]
    assert _one_source_s_terms("patients given unasyn iv", texts, lambda term: False) == {"unasyn"}
