"""A CMOC written in words without marks, as realist reviews write one sentence per configuration: "In [context],
[mechanism] leads to [outcome]" or "When …, … because …, so …" (trial AZ: a team's whole sheet was written so and every
row was refused as marking no part). The context runs from the opening word to its comma, the outcome follows the last
"leading to", "results in" or ", so" (else comes before a single "because"), the mechanism lies between; a sentence
without the opening word, the comma or those words is still refused, naming its row."""

from __future__ import annotations

import csv

import pytest

from cmo.synthesis.marked import marked_parts


@pytest.mark.parametrize(
    ("sentence", "parts"),
    [
        (
            "In social housing estates, a named housing officer answers repair requests, leading to tenants staying longer.",
            ("social housing estates", "a named housing officer answers repair requests", "tenants staying longer"),
        ),
        (
            "When schools close the road at drop-off, parents feel the street is safe, so more children walk to school.",
            ("When schools close the road at drop-off", "parents feel the street is safe", "more children walk to school"),
        ),
        (
            "Where landlords ignore complaints, tenants stop reporting damp because nothing changes, which results in "
            "mould going untreated",
            ("Where landlords ignore complaints", "tenants stop reporting damp because nothing changes", "mould going untreated"),
        ),
        (
            "In rural primary schools, where classes mix ages, older pupils help younger ones, leading to better reading.",
            ("rural primary schools, where classes mix ages", "older pupils help younger ones", "better reading"),
        ),
        (
            "When tenants are evicted into hostels, children miss school because the hostel is far from it.",
            ("When tenants are evicted into hostels", "the hostel is far from it", "children miss school"),
        ),
    ],
)
def test_a_framed_sentence_is_read_into_its_parts(sentence, parts):
    read = marked_parts(sentence)
    assert not read.problem, read.problem
    assert (read.parts["context"], read.parts["mechanism"], read.parts["outcome"]) == parts


@pytest.mark.parametrize(
    "sentence",
    [
        "Tenants value quick repairs, leading to longer tenancies.",  # no opening word: no context said
        "In 2019, the council changed its allocation policy.",  # no outcome joined
        "When tenants complain leading to repairs",  # no comma closing the context
        "When pupils walk, they talk because they like it, because friends walk too",  # two ways to split
        "Even when rents fall, tenants leave, leading to empty flats.",  # a concession is not read as a context
    ],
)
def test_a_sentence_not_so_written_is_still_refused(sentence):
    assert "marks no part" in marked_parts(sentence).problem


def test_a_sheet_of_framed_sentences_is_imported_and_says_how_it_was_read(demo, tmp_path):
    sheet = tmp_path / "cmocs.csv"
    with sheet.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(["Source", "Page", "CMOC", "Supporting quote"])
        writer.writerow(
            [
                "schlief2022telemental",
                "4",
                "In rural areas, video calls save people a long journey, leading to fewer missed appointments.",
                "no travel",
            ]
        )
    done = demo("code", "import", str(sheet))
    assert "read as 'In/When …, … leading to …' statements, with no marks" in done.stderr
    last = demo.json("code", "list", "--source", "schlief2022telemental")[-1]
    assert (last["context"], last["mechanism"], last["outcome"]) == (
        "rural areas",
        "video calls save people a long journey",
        "fewer missed appointments",
    )
    assert last["extra"]["CMOC"].startswith("In rural areas, video calls")


def test_code_add_reads_a_framed_sentence_and_says_so(demo):
    done = demo(
        "code",
        "add",
        "--source",
        "schlief2022telemental",
        "--cmoc",
        "When staff are on leave, they answer messages late because calls are not routed, so people wait longer",
    )
    assert "read as 'In/When …, … leading to …'" in done.stdout + done.stderr
    last = demo.json("code", "list", "--source", "schlief2022telemental")[-1]
    assert (last["context"], last["outcome"]) == ("staff are on leave", "people wait longer")


# --- the word opening a clause context stays where the outputs could not tell it is a clause --------------------------


@pytest.mark.parametrize(
    ("sentence", "context"),
    [
        # the outputs know these as clauses ('Where …'): the opening word is the sentence's
        (
            "When tenants are evicted into hostels, children miss school because the hostel is far away.",
            "tenants are evicted into hostels",
        ),
        ("Where landlords are slow (C), tenants stop reporting damp (M), so mould spreads (O)", "landlords are slow"),
        # the outputs would read these as places ('In leaflets only advertise…'): the coder's word stays
        (
            "Where leaflets only advertise the scheme, parents do not see it as for them, so few sign up.",
            "Where leaflets only advertise the scheme",
        ),
        (
            "When staff work from home (C), calls go unanswered (M), so families wait longer (O)",
            "When staff work from home",
        ),
        # a preposition is the frame outputs give again ('In …', 'For …')
        ("In coastal towns, buses are rare, so pupils miss school.", "coastal towns"),
    ],
)
def test_a_clause_context_keeps_its_opening_word_where_outputs_would_misread_it(sentence, context):
    from cmo.sheets.coding import sentence_parts

    assert sentence_parts(sentence).parts["context"] == context


def test_a_configuration_never_reads_in_before_a_clause_context(demo):
    demo(
        "code",
        "add",
        "--source",
        "schlief2022telemental",
        "--cmoc",
        "Where leaflets only advertise the clinic, parents do not see it as meant for them, so few book a call.",
    )
    statement = demo.json("code", "list", "--source", "schlief2022telemental")[-1]["id"]
    made = demo.json("configs", "new", "--statements", statement, "--domain", "connecting", "--json")
    shown = demo("configs", "show", made["id"]).stdout
    assert "Where leaflets only advertise the clinic, parents do not see it" in shown
    assert "In leaflets" not in shown and "Where where" not in shown.lower()


def test_two_framed_sentences_in_one_cell_are_refused_naming_the_row(demo, tmp_path):
    """Re-check of trial AZ: two "In …, … leading to …" sentences in one cell became one statement, the first's context
    and the second's outcome, unsaid."""
    sheet = tmp_path / "cmocs.csv"
    with sheet.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(["Source", "Page", "CMOC"])
        writer.writerow(
            [
                "schlief2022telemental",
                "4",
                "In rural areas, video calls save a long journey, leading to fewer missed appointments.\n"
                "In homes with no broadband, calls drop, leading to more missed appointments.",
            ]
        )
    before = demo.json("code", "list")
    said = demo("code", "import", str(sheet), code=2).stderr
    assert "row 2, column CMOC: it holds two or more configurations" in said
    assert demo.json("code", "list") == before


def test_a_framed_sentence_wrapped_over_two_lines_is_still_one():
    parts = marked_parts("In rural areas, pharmacists offer checks\nin the evening, leading to more readings taken.")
    assert parts.parts["outcome"] == "more readings taken"
