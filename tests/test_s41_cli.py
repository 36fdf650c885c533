"""Session 41: what a command line takes as typed (trial AN)."""

from __future__ import annotations

import csv


def _answers(demo, tmp_path) -> list[str]:
    """Two respondents' answers to C1 of the example's pack, imported: their feedback ids."""
    template = tmp_path / "answers.csv"
    demo("feedback", "template", "-o", str(template))
    with template.open(encoding="utf-8-sig") as handle:
        rows = list(csv.DictReader(handle))
    rows = [
        dict(row, pseudonym=who, group="cyp", rating="partly", comment="Only some of the time.")
        for row in rows[:1]
        for who in ("Grey Wren", "Blue Tit")
    ]
    with template.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.DictWriter(handle, fieldnames=list(rows[0]))
        writer.writeheader()
        writer.writerows(rows)
    demo("feedback", "import", str(template))
    return [answer["id"] for answer in demo.json("feedback", "list") if answer["configuration"] == "C1"]


def test_an3_a_repeated_because_keeps_every_answer_named(demo, tmp_path):
    """`configs edit … --because F16 --because F20` kept only F20: the first answer vanished from the history."""
    first, second = _answers(demo, tmp_path)
    demo("configs", "edit", "C1", "--title", "A private space at home", "--because", first, "--because", second)
    last = demo.json("history", "C1")[-1]
    assert last["action"] == "edit" and last["because"] == [first, second]


def test_statements_given_by_a_repeated_option_are_all_taken(unsent):
    """`configs new --statements S1 --statements S2` made a configuration of S2 alone."""
    made = unsent.json("configs", "new", "--statements", "S1", "--statements", "S2")
    assert made["statements"] == ["S1", "S2"]


def test_a_journal_name_title_cased_keeps_ordinals_web_addresses_and_a_bracketed_letter():
    """Found while exporting Scholar's sentence-case names (session 41): "3rd" became "3Rd", a web address
    "http://Www.Nap.Edu", and "Physica status solidi (b)" "(B)"."""
    from cmo.normalise import title_case_name

    assert title_case_name("Journal of the 3rd world") == "Journal of the 3rd World"
    assert title_case_name("http://www.nap.edu") == "http://www.nap.edu"
    assert title_case_name("Physica status solidi (b)") == "Physica Status Solidi (b)"
    assert title_case_name("BMC public health") == "BMC Public Health"


def test_a_family_name_a_database_wrote_without_its_accents_takes_them_from_a_linked_record():
    """Trial AS: Web of Science's "Molbak, K." won over Embase's "Mølbak, Kåre" in pack, report and RIS export."""
    from cmo.bib.linking import _filled

    assert _filled(["Molbak, K.", "Hansen, N. D."], ["Mølbak, Kåre", "Hansen, Niels Dalum"]) == [
        "Mølbak, Kåre",
        "Hansen, Niels Dalum",
    ]
    assert _filled(["Molbak, Kare"], ["Mølbak, K."]) == ["Mølbak, Kare"]  # the accents, and the name the source gave
    assert _filled(["Mølbak, K."], ["Molbak, K."]) == []  # the source's accents are kept


def test_an_export_tells_a_side_no_person_chose_as_the_report_does(demo, tmp_path):
    """A disagreement cited with no side after the team reworded because of it: the report said who chose; the
    spreadsheet export still said "counted by the team as support" (session 41)."""
    sheet = demo.folder / "answers.csv"
    sheet.write_text(
        "pseudonym,group,round,configuration,rating,comment\nHeron,cyp,1,C1,disagree,They see more\n", encoding="utf-8"
    )
    demo("feedback", "import", str(sheet))
    answer = demo.json("feedback", "list")[-1]["id"]
    demo("configs", "edit", "C1", "--outcome", "Clinicians feel as sure as in person", "--because", answer)
    demo("configs", "cite", "C1", "--feedback", answer)
    demo("export", "--format", "csv", "-o", str(tmp_path / "table.csv"))
    exported = "".join(path.read_text(encoding="utf-8") for path in tmp_path.glob("table*.csv"))
    assert "counted as support since the team reworded the finding in response to it" in exported
    assert "counted by the team as support" not in exported


def test_a_fuller_given_name_from_a_record_without_accents_keeps_the_family_name_s_accents():
    """Re-check of AS 8: Embase's "Mølbak, K." linked to Web of Science's "Molbak, Kare" was cited "Molbak"."""
    from cmo.bib.linking import _filled

    assert _filled(["Mølbak, K."], ["Molbak, Kare"]) == ["Mølbak, Kare"]


def test_a_checkbox_cell_reads_as_the_spreadsheet_shows_it():
    """Re-check of AR 11: `code show` printed a team's checkbox column as Python's "Checked by 2nd coder: True"."""
    from cmo.sheets.tables import cell_text

    assert (cell_text(True), cell_text(False), cell_text(12.0)) == ("TRUE", "FALSE", "12")
