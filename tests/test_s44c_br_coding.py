"""Trial BR (session 44c): a coding sheet holding each CMO in one cell, as coders write them ("C: …; M: …; O: …").

A part's name cut short before its colon ("Mech: …") marks that part, as "M:" does; read as words of the context, the
statement was left with no mechanism. A label written twice for one part ("M: Mech: …") is one mark. A sentence cell
numbering two CMOCs that each mark their parts ("1. C: … 2. C: …") is two statements; read as one, the parts of both were
joined and the second number left in the outcome. Tests on a topic other than the trial's (telemental health, the demo).
"""

from __future__ import annotations

import csv

import pytest

from cmo.synthesis.marked import has_marks, marked_parts


@pytest.mark.parametrize(
    "sentence",
    [
        "C: rural clinics; Mech: clinicians lose rapport; O: fewer follow-ups",
        "Cont: rural clinics; Mechanism: clinicians lose rapport; Outc: fewer follow-ups",
        "Context – rural clinics\nMech – clinicians lose rapport\nOutcome – fewer follow-ups",
        "C: rural clinics; M: Mech: clinicians lose rapport; O: fewer follow-ups",
    ],
)
def test_a_part_name_cut_short_before_its_colon_marks_the_part(sentence):
    marked = marked_parts(sentence)
    assert not marked.problem, marked.problem
    assert marked.parts == {"context": "rural clinics", "mechanism": "clinicians lose rapport", "outcome": "fewer follow-ups"}


def test_a_shortened_name_is_no_mark_in_brackets_nor_a_word_it_only_begins():
    """Only before a colon is a cut-short name a label: '(cont)' in a sentence is the coder's words, and 'Mechanic:' or
    'Outcast:' is no part's name cut short."""
    assert not has_marks("Rural clinics (cont) lose rapport")
    assert not has_marks("Mechanic: the van breaks down")
    assert marked_parts("C: rural clinics; M: the mechanic: a remote fix; O: fewer visits").parts["mechanism"] == (
        "the mechanic: a remote fix"
    )


def _sheet(path, *rows: tuple[str, str, str]):
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(["Study", "CMO", "Pg"])
        writer.writerows(rows)
    return path


def test_a_cell_numbering_two_marked_cmocs_is_two_statements(demo, tmp_path):
    sheet = _sheet(
        tmp_path / "coding.csv",
        (
            "Schlief et al. (2022)",
            "1. C: young people at home; M: fear of being overheard; O: less disclosure\n"
            "2. C: young people with a private room; M: feel in control; O: more disclosure",
            "4",
        ),
    )
    result = demo("code", "import", str(sheet), code=None)
    assert result.exit_code in (0, 1), result.stderr
    assert "row 2: the 'CMO' cell numbers 2 sentences" in result.stderr
    new = demo.json("code", "list", "--source", "schlief2022telemental")[-2:]
    assert [(s["context"], s["mechanism"], s["outcome"], s["page"]) for s in new] == [
        ("young people at home", "fear of being overheard", "less disclosure", "4"),
        ("young people with a private room", "feel in control", "more disclosure", "4"),
    ]


def test_one_cmoc_over_lines_or_a_numbered_list_in_one_part_stays_one_statement(demo, tmp_path):
    """The rule must not fire on one CMOC written a part a line, nor on one whose context lists its items '1) … 2) …'
    (the items mark no parts of their own)."""
    before = len(demo.json("code", "list", "--source", "schlief2022telemental"))
    sheet = _sheet(
        tmp_path / "coding.csv",
        ("Schlief et al. (2022)", "Context – shared flats\nMechanism – fear of being overheard\nOutcome – less disclosure", "5"),
        (
            "Schlief et al. (2022)",
            "1) no private room 2) no headphones (C), fear of being overheard (M), less disclosure (O)",
            "6",
        ),  # noqa: E501
    )
    result = demo("code", "import", str(sheet), code=None)
    assert result.exit_code in (0, 1), result.stderr
    assert "numbers 2 sentences" not in result.stderr
    new = demo.json("code", "list", "--source", "schlief2022telemental")
    assert len(new) == before + 2
    assert [(s["mechanism"], s["outcome"]) for s in new[-2:]] == [("fear of being overheard", "less disclosure")] * 2
