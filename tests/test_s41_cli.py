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
