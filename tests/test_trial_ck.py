"""Trial CK: a team comes back to its review of school-based mental health support teams a year later, with a newer cmo,
and runs an update search (exports as Scopus and PubMed, via EndNote, write them)."""

from __future__ import annotations

import csv
from pathlib import Path

DATA = Path(__file__).parent / "data" / "trial_ck"

SHEET = ["source", "context", "mechanism", "outcome", "quote", "page", "coder"]


def _round_one(cmo):
    """Round 1: both exports, and the Lancet Psychiatry paper MEDLINE titles as part 1 of a series merged by hand."""
    cmo("init", str(cmo.folder))
    cmo("ingest", str(DATA / "scopus.bib"), code=None)
    cmo("ingest", str(DATA / "medline.ris"), code=None)
    cmo("sources", "merge", "fazel2014mental", "fazel2014mental-2", "--force", "--note", "one paper")


def test_an_update_search_gives_no_new_source_the_key_a_merge_sent_into_another(cmo, tmp_path):
    """Fails on the old code: the update search's record became a new source 'fazel2014mental-2', the key the team had
    merged into 'fazel2014mental', so the round-1 coding sheet's rows naming it went to an unscreened source."""
    _round_one(cmo)
    cmo("ingest", str(DATA / "scopus-2025.bib"), code=None)
    titles = {s["key"]: s["title"] for s in cmo.json("sources", "list") if s["key"].startswith("fazel2014")}
    assert titles == {
        "fazel2014mental": "Mental health interventions in schools in high-income countries",
        "fazel2014mental-3": "Mental health interventions in schools in low-income and middle-income countries",
    }
    sheet = tmp_path / "coding.csv"
    with sheet.open("w", newline="", encoding="utf-8") as out:
        csv.writer(out).writerows(
            [
                SHEET,
                [
                    "fazel2014mental-2",
                    "Schools that nearly all children attend",
                    "Help is offered where children are",
                    "More children reached early",
                    "schools are a natural setting",
                    "377",
                    "JH",
                ],
            ]
        )
    cmo("select", "include", "fazel2014mental")
    cmo("code", "import", str(sheet), code=None)
    assert [s["source"] for s in cmo.json("code", "list")] == ["fazel2014mental"]


def test_a_key_no_merge_took_is_given_as_before(cmo):
    """Must not fire: with no merge, a second record of another work under the same first author, year and title word
    still takes the next free key, and a new work its own plain key."""
    cmo("init", str(cmo.folder))
    cmo("ingest", str(DATA / "scopus.bib"), code=None)
    cmo("ingest", str(DATA / "medline.ris"), code=None)
    cmo("ingest", str(DATA / "scopus-2025.bib"), code=None)
    keys = [s["key"] for s in cmo.json("sources", "list")]
    assert "fazel2014mental-2" in keys
    assert "mansfield2025educational" in keys and "ellins2024implementing" in keys


def test_an_update_searchs_record_of_a_work_a_reviewer_merged_by_hand_joins_it(cmo):
    """Fails on the old code: the Scopus record read again a year later was the same work as the merged source's own
    record, but contradicted MEDLINE's "… schools 1: …" the team had merged into it, so it was kept as a new source."""
    _round_one(cmo)
    cmo("ingest", str(DATA / "scopus-2025.bib"), code=None)
    fazel = [s for s in cmo.json("sources", "list") if s["title"].endswith("high-income countries")]
    assert [(s["key"], len(s["records"])) for s in fazel] == [("fazel2014mental", 3)]


def test_a_preprint_merged_into_its_paper_takes_the_papers_next_record_but_not_its_corrigendum(cmo):
    """Fails on the old code: the paper's record from another database contradicted the preprint merged into the paper
    by hand (--force) and was kept apart. Must not fire: the paper's corrigendum, its own work, stays apart."""
    cmo("init", str(cmo.folder))
    cmo("ingest", str(DATA / "rapid-preprint.ris"), str(DATA / "rapid-paper.bib"), code=None)
    cmo("sources", "merge", "vindrolapadros2020carrying-2", "vindrolapadros2020carrying", "--force", "--note", "one study")
    cmo("ingest", str(DATA / "rapid-update.ris"), code=None)
    got = {s["key"]: len(s["records"]) for s in cmo.json("sources", "list")}
    assert got == {"vindrolapadros2020carrying-2": 3, "vindrolapadros2021corrigendum": 1}


def _sheet(path, *rows):
    with path.open("w", newline="", encoding="utf-8") as out:
        csv.writer(out).writerows([SHEET, *rows])
    return path


def test_the_first_sheet_again_with_a_quote_put_right_adds_no_second_statement(cmo, tmp_path):
    """Fails on the old code: the team's round-1 sheet (no ids), one quote's word put right, imported again a year later
    added that row as a second statement beside the one it corrects."""
    cmo("init", str(cmo.folder))
    cmo("ingest", str(DATA / "scopus.bib"), code=None)
    cmo("select", "include", "ellins2023early")
    row = ["ellins2023early", "Schools newly joined to a mental health support team with a named EMHP",
           "Staff know who to turn to and feel more confident raising concerns about a pupil early",
           "Pupils with mild to moderate difficulties get help sooner",
           "staff valued having a named practitioner they could go to", "45", "JH"]  # fmt: skip
    cmo("code", "import", str(_sheet(tmp_path / "coding.csv", row)), code=None)
    row[4] = "staff valued having a named practitioner they could turn to"
    done = cmo("code", "import", str(_sheet(tmp_path / "coding-fixed.csv", row)), code=1)
    assert [s["id"] for s in cmo.json("code", "list")] == ["S1"]
    assert "row 2 looks like S1 with the quote changed" in done.stderr


def test_one_finding_coded_again_from_another_passage_of_its_page_is_a_second_statement(cmo, tmp_path):
    """Must not fire: the same coder codes one finding twice from two passages of one page, in other words."""
    cmo("init", str(cmo.folder))
    cmo("ingest", str(DATA / "rapid-paper.bib"), code=None)
    cmo("select", "include", "vindrolapadros2020carrying")
    row = ["vindrolapadros2020carrying", "Research teams studying health services during the pandemic",
           "Short feedback cycles let findings reach decision makers while they still matter",
           "Findings are used in service changes", "findings were shared in weekly briefings", "2197", "GC"]  # fmt: skip
    second = [*row[:4], "interim results informed the trust's redeployment plans", "2197", "GC"]
    cmo("code", "import", str(_sheet(tmp_path / "coding.csv", row, second)), code=None)
    assert [s["id"] for s in cmo.json("code", "list")] == ["S1", "S2"]


def test_a_five_letter_word_ending_in_s_is_no_short_form_but_a_short_forms_plural_is():
    """Fails on the old code: 'Specialist services can focus on more severe cases' had round close --check ask the team
    to say what 'focus' means, read as the plural of a 'focu' WordNet lacks; so were 'bonus', 'virus', 'basis'."""
    from cmo.synthesis.shorthand import is_shorthand, shorthand_in

    assert shorthand_in("Specialist services can focus on more severe cases") == []
    assert not any(is_shorthand(word) for word in ("focus", "bonus", "virus", "basis", "minus", "atlas", "chaos"))
    assert shorthand_in("EMHPs see more pts, and SSRIs are given on the basis of need") == ["EMHPs", "pts", "SSRIs"]
