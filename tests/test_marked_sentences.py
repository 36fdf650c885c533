"""A statement written as one sentence marking its parts, as published realist reviews print CMOCs ("When staff have
protected time (C), they feel valued (M), leading to better retention (O)"), is read into its parts: from a coding
sheet's CMOC column when the sheet has no C, M and O columns, and from `cmo code add --cmoc`. The sentence is kept as
written; one with no marks, or with words outside every mark, is refused naming its row, and nothing is imported."""

from __future__ import annotations

import csv
import sqlite3
import time

import pytest
from conftest import REPO

from cmo.synthesis.marked import marked_parts, marked_sentence


def parts(sentence: str) -> dict[str, str]:
    marked = marked_parts(sentence)
    assert not marked.problem, marked.problem
    return marked.parts


def test_marks_after_their_parts_with_the_joining_words_left_out():
    assert parts("When staff have protected time (C), they feel valued (M), leading to better retention (O).") == {
        "context": "When staff have protected time",
        "mechanism": "they feel valued",
        "outcome": "better retention",
    }


def test_the_parts_may_come_in_any_order():
    """Pawson's "if C, then O, because M"."""
    assert parts("If peers share appointments (C), then they manage better (O) because they learn from each other (M)") == {
        "context": "If peers share appointments",
        "outcome": "they manage better",
        "mechanism": "they learn from each other",
    }


@pytest.mark.parametrize(
    "sentence",
    [
        "(C) Rural clinics (M) clinicians lose rapport (O) fewer follow-ups",
        "[C] Rural clinics [M] clinicians lose rapport [O] fewer follow-ups",
        "C: Rural clinics. M: clinicians lose rapport. O: fewer follow-ups.",
        "Context: Rural clinics; Mechanism: clinicians lose rapport; Outcome: fewer follow-ups",
        "Context (C): Rural clinics; Mechanism (M): clinicians lose rapport; Outcome (O): fewer follow-ups",
        "C1: Rural clinics. M1: clinicians lose rapport. O1: fewer follow-ups.",
        "Rural clinics (context), clinicians lose rapport (mechanism), fewer follow-ups (outcome)",
        "CMOC 4: Rural clinics (C) clinicians lose rapport (M) fewer follow-ups (O)",
        "CMO 2.1. Rural clinics (c), clinicians lose rapport (m), so fewer follow-ups (o).",
        "3. Rural clinics (C), clinicians lose rapport (M), and so fewer follow-ups (O)",
        "C: Rural clinics → M: clinicians lose rapport → O: fewer follow-ups",
        "Rural clinics (C) + clinicians lose rapport (M) = fewer follow-ups (O)",
        "Rural clinics (C),\nclinicians lose rapport (M)\nleading to fewer follow-ups (O)",
    ],
)
def test_marks_before_or_after_in_brackets_letters_or_words(sentence):
    assert parts(sentence) == {"context": "Rural clinics", "mechanism": "clinicians lose rapport", "outcome": "fewer follow-ups"}


def test_a_part_marked_twice_is_joined_in_order():
    assert parts("When X (C1) and Y (C2), people feel safe (M), attend (outcome 1) and stay (outcome 2)") == {
        "context": "When X and Y",
        "mechanism": "people feel safe",
        "outcome": "attend and stay",
    }
    assert parts("(O1) fewer admissions (O2) shorter stays (C) older adults")["outcome"] == "fewer admissions; shorter stays"


def test_a_mechanism_in_its_realist_split():
    assert parts("Peer workers model recovery (Mres) and patients feel hope (M reasoning) in the community (C)") == {
        "resource": "Peer workers model recovery",
        "response": "patients feel hope",
        "context": "in the community",
    }


def test_words_that_are_the_part_stay_in_it():
    """Only a joining word is left out: "because of", "which makes" begin the part itself."""
    said = parts("Group visits (C), because of shared experience (M), which makes them return (O)")
    assert said["mechanism"] == "because of shared experience"
    assert said["outcome"] == "which makes them return"


@pytest.mark.parametrize(
    ("sentence", "problem"),
    [
        ("Patients feel safe in groups.", "marks no part"),
        ("In (a) rural and (b) urban areas", "marks no part"),
        ("In trusting relationships (C), patients disclose more.", "'patients disclose more' is outside every marked part"),
        ("In trusting relationships (C), (M) they disclose (O)", "mechanism mark has no text"),
    ],
)
def test_a_sentence_that_cannot_be_split_surely_is_not(sentence, problem):
    marked = marked_parts(sentence)
    assert problem in marked.problem and not marked.parts


@pytest.mark.parametrize(
    "cell", ["(M" + " " * 20_000 + "x", "and " * 5_000 + "x (C)", "Context (C) " * 3_000, "C: " + "m " * 10_000, "(C" * 10_000]
)
def test_a_hostile_cell_is_read_in_time_that_grows_with_it(cell):
    """A sheet's cell is untrusted: the first patterns took 0.75 s on a bracket and 10,000 spaces, and grew as its
    square."""
    started = time.perf_counter()
    marked_parts(cell)
    assert time.perf_counter() - started < 0.5


def test_what_the_tables_write_reads_back_as_it_was():
    """Every statement of the shipped example, written as a published table's overarching CMO and read back."""
    with (REPO / "sources" / "coding-sheet.csv").open(encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle))
    assert len(rows) > 20
    for row in rows:
        written = {name: row[name].rstrip(".") for name in ("context", "mechanism", "outcome") if row[name]}
        assert parts(marked_sentence(row["context"], row["mechanism"], row["outcome"])) == written


def _sheet(path, *rows: tuple[str, str]):
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(["Study", "CMOC", "CMOC ID"])
        writer.writerows((source, sentence, f"CMOC {n}") for n, (source, sentence) in enumerate(rows, start=1))
    return path


def _statements(cmo) -> int:
    with sqlite3.connect(cmo.folder / "review.db") as db:
        return db.execute("SELECT count(*) FROM statements").fetchone()[0]


def test_a_coding_sheet_of_marked_sentences(demo, tmp_path):
    before = _statements(demo)
    sheet = _sheet(
        tmp_path / "cmocs.csv",
        (
            "Schlief et al. (2022)",
            "Where people lack a private room (C), they fear being overheard (M), leading to less disclosure (O).",
        ),
        ("schlief2022telemental", "Young people who prefer text (C) feel in control of the conversation (M)"),
    )
    result = demo("code", "import", str(sheet), code=1)  # the second sentence has no outcome, said
    assert "2 statements read from the marked sentences of 'CMOC'" in result.stderr
    assert _statements(demo) == before + 2
    new = demo.json("code", "list", "--source", "schlief2022telemental")[-2:]
    assert [(s["context"], s["mechanism"], s["outcome"]) for s in new] == [
        ("people lack a private room", "they fear being overheard", "less disclosure"),  # "Where" is the frame
        ("Young people who prefer text", "feel in control of the conversation", ""),
    ]
    assert new[0]["extra"]["CMOC"].startswith("Where people lack a private room (C),")
    assert new[0]["extra"]["CMOC ID"] == "CMOC 1"

    template = tmp_path / "template.csv"
    demo("code", "template", "-o", str(template))
    assert "0 updates" in demo("code", "import", str(template)).stdout  # C, M and O columns now; the sentence kept


def test_a_sentence_that_cannot_be_split_is_named_and_nothing_is_imported(demo, tmp_path):
    before = _statements(demo)
    sheet = _sheet(
        tmp_path / "cmocs.csv",
        ("schlief2022telemental", "Where people lack a private room (C), they fear being overheard (M)"),
        ("schlief2022telemental", "Young people prefer text messages."),
    )
    result = demo("code", "import", str(sheet), code=2)
    assert "row 3, column CMOC: it marks no part" in result.stderr
    assert _statements(demo) == before


def test_a_sheet_with_neither_says_both_ways(demo, tmp_path):
    sheet = tmp_path / "findings.csv"
    sheet.write_text("Study,Finding\nschlief2022telemental,People value choice\n", encoding="utf-8")
    result = demo("code", "import", str(sheet), code=2)
    assert "no 'context', 'mechanism' and 'outcome' columns or a 'CMOC' column of sentences marking each part" in result.stderr


def test_a_sheet_with_its_parts_in_columns_keeps_its_cmoc_column_as_its_own(demo, tmp_path):
    sheet = tmp_path / "coded.csv"
    sheet.write_text(
        "source,context,mechanism,outcome,CMOC\nschlief2022telemental,At home,They worry,Less said,Rural (C) x (M) y (O)\n",
        encoding="utf-8",
    )
    demo("code", "import", str(sheet))
    last = demo.json("code", "list", "--source", "schlief2022telemental")[-1]
    assert (last["context"], last["extra"]) == ("At home", {"CMOC": "Rural (C) x (M) y (O)"})


def test_code_add_takes_a_marked_sentence(demo):
    demo("code", "add", "--source", "schlief2022telemental", "--cmoc", "At home (C), people worry (M), so say less (O)")
    last = demo.json("code", "list", "--source", "schlief2022telemental")[-1]
    assert (last["context"], last["mechanism"], last["outcome"]) == ("At home", "people worry", "say less")
    before = _statements(demo)
    assert "marks no part" in demo("code", "add", "--source", "schlief2022telemental", "--cmoc", "At home", code=2).stderr
    assert (
        "instead of"
        in demo("code", "add", "--source", "schlief2022telemental", "--cmoc", "a (C)", "--context", "b", code=2).stderr
    )
    assert _statements(demo) == before
