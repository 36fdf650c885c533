"""Session 41, coding sheets: a missing part and a placeholder in its cell ('outcome?', '?', 'TBC', 'n/a', '-') are one
thing, said one way for context, mechanism and outcome (trial AM 19: S30's empty outcome, noted 'outcome?', imported
silently while S40's missing mechanism was named). Each rule is tested on another topic: community pharmacy
flu vaccination."""

from __future__ import annotations

from pathlib import Path

import pytest
from sheet_reviews import review_of, write_csv

RECORDS = """TY  - JOUR
TI  - Pharmacists vaccinating adults against influenza: a survey of uptake
AU  - Okafor, Ngozi
AU  - Reid, Alan
PY  - 2020
JO  - Vaccine
DO  - 10.1016/vac.2020.0101
ER  -

TY  - RPRT
TI  - Walk-in flu clinics in community pharmacies: an evaluation
AU  - Pharmacy Research Unit
PY  - 2022
ER  -
"""

DOMAINS = """domains:
  - slug: access
    name: Access
    description: Opening hours, walk-in and booking.
groups:
  - slug: pharmacists
    name: Pharmacists
"""

HEADER = ["Source", "Context", "Mechanism", "Outcome", "Quote"]
CONTEXT = "Adults who work office hours and cannot reach their GP"
MECHANISM = "A walk-in pharmacy clinic feels convenient and quick"
OUTCOME = "More adults get the flu vaccine"


def _review(cmo, tmp_path: Path) -> dict[str, str]:
    return review_of(cmo, tmp_path, DOMAINS, RECORDS)


def _by_id(cmo) -> dict[str, dict]:
    return {s["id"]: s for s in cmo.json("code", "list")}


def test_a_placeholder_is_only_punctuation_a_parts_own_name_or_a_to_be_done_marker():
    """The one rule: no words of a statement. A short part that says something is words, whatever its length."""
    from cmo.sheets.coding import placeholder

    for cell in ("?", "-", "—", "…", "??", "outcome?", "Mechanism?", "O: TBC", "TBC", "tbd", "N/A", "n.a.", "to do"):
        assert placeholder(cell), cell
    for cell in ("to be confirmed", "not stated", "Outcome: not reported", "mechanism unclear", "xxx", "context TBC", "  "):
        assert placeholder(cell), cell
    for cell in ("Trust", "Uptake rises", "no change", "Not at home", "unclear benefit", "less waiting", "trust?", "2 doses"):
        assert not placeholder(cell), cell
    for cell in ("1 TBC", "c", "O?", "Outcome"):  # a digit is words; a letter or a part's name alone not asked for
        assert not placeholder(cell), cell


def test_a_missing_or_placeholder_part_is_named_one_way_for_each_part(cmo, tmp_path):
    """An empty outcome, 'outcome?', a 'TBC' context and a '-' mechanism: each statement imported, each named with its
    row and id in one wording, the placeholder never kept as its words; exit 1, as a missing mechanism always had."""
    keys = _review(cmo, tmp_path)
    source = keys["pharmacists"]
    sheet = write_csv(
        tmp_path / "flu.csv",
        HEADER,
        [source, CONTEXT, MECHANISM, "", "quote one"],
        [source, CONTEXT, MECHANISM, "outcome?", "quote two"],
        [source, "TBC", MECHANISM, OUTCOME, "quote three"],
        [source, CONTEXT, "-", OUTCOME, "quote four"],
        [source, CONTEXT, MECHANISM, OUTCOME, "quote five"],
    )
    said = cmo("code", "import", str(sheet), code=1)
    assert "Imported 5 new statements" in said.stdout
    made = _by_id(cmo)
    ids = {s["quote"]: s["id"] for s in made.values()}
    one, two, three, four, five = (ids[f"quote {n}"] for n in ("one", "two", "three", "four", "five"))
    assert f"row 2: {one} has no outcome: a CMO statement without one says why but not what came of it" in said.stderr
    assert f"row 3: {two} has no outcome ('outcome?' in its outcome cell is a placeholder, read as none)" in said.stderr
    assert f"'cmo code edit {two} --outcome …'" in said.stderr
    assert f"row 4: {three} has no context ('TBC' in its context cell is a placeholder, read as none)" in said.stderr
    assert f"row 5: {four} has no mechanism ('-' in its mechanism cell is a placeholder, read as none)" in said.stderr
    assert five not in said.stderr
    assert made[two]["outcome"] == "" and made[three]["context"] == "" and made[four]["mechanism"] == ""
    again = cmo("code", "import", str(sheet))
    assert "has no" not in again.stderr, "said once, when the statement comes in"


def test_two_parts_missing_are_said_in_one_sentence(cmo, tmp_path):
    keys = _review(cmo, tmp_path)
    sheet = write_csv(tmp_path / "flu.csv", HEADER, [keys["walk-in"], CONTEXT, "?", "n/a", "a quote"])
    said = cmo("code", "import", str(sheet), code=1)
    made = cmo.json("code", "list")[0]["id"]
    line = next(line for line in said.stderr.splitlines() if f"{made} has no" in line)
    assert f"row 2: {made} has no mechanism and no outcome ('?' in its mechanism cell is a placeholder and 'n/a'" in line
    assert f"'cmo code edit {made} --mechanism … --outcome …'" in line


def test_a_row_of_placeholders_only_is_refused_as_an_empty_one_is(cmo, tmp_path):
    keys = _review(cmo, tmp_path)
    sheet = write_csv(tmp_path / "flu.csv", HEADER, [keys["walk-in"], "?", "TBC", "outcome?", "a quote"])
    said = cmo("code", "import", str(sheet), code=2)
    assert "no context, mechanism or outcome; a statement needs at least one (only placeholders:" in said.stderr
    assert cmo.json("code", "list") == []


def test_a_sheet_row_emptied_to_a_placeholder_empties_the_part_and_is_named(cmo, tmp_path):
    """A coder who puts 'TBC' back in place of an outcome they doubt: the outcome goes, as an emptied cell's does, and said."""
    keys = _review(cmo, tmp_path)
    first = write_csv(tmp_path / "flu.csv", HEADER, [keys["walk-in"], CONTEXT, MECHANISM, OUTCOME, "a quote"])
    cmo("code", "import", str(first))
    made = cmo.json("code", "list")[0]["id"]
    second = write_csv(tmp_path / "flu2.csv", ["id", *HEADER], [made, keys["walk-in"], CONTEXT, MECHANISM, "TBC", "a quote"])
    said = cmo("code", "import", str(second), code=1)
    assert f"{made} has no outcome ('TBC' in its outcome cell is a placeholder, read as none)" in said.stderr
    assert cmo.json("code", "show", made)["outcome"] == ""


def test_a_placeholder_never_becomes_the_words_of_a_configuration(cmo, tmp_path):
    keys = _review(cmo, tmp_path)
    sheet = write_csv(
        tmp_path / "flu.csv",
        HEADER,
        [keys["walk-in"], CONTEXT, MECHANISM, "outcome?", "a quote"],
        [keys["pharmacists"], CONTEXT, MECHANISM, "outcome?", "another quote"],
    )
    cmo("code", "import", str(sheet), code=None)
    ids = ",".join(s["id"] for s in cmo.json("code", "list"))
    cmo("configs", "new", "--statements", ids, "--domain", "access", code=None)
    shown = cmo("configs", "list").stdout
    assert "outcome?" not in shown and "Outcome?" not in shown


@pytest.mark.parametrize("part", ["context", "mechanism", "outcome"])
def test_code_add_and_edit_refuse_a_placeholder_as_a_part(cmo, tmp_path, part):
    keys = _review(cmo, tmp_path)
    parts = {"context": CONTEXT, "mechanism": MECHANISM, "outcome": OUTCOME}
    given = [arg for name, words in parts.items() for arg in (f"--{name}", "TBC" if name == part else words)]
    refused = cmo("code", "add", "--source", keys["walk-in"], *given, code=2)
    assert f"the {part} 'TBC' is a placeholder, not words of one: leave --{part} out" in refused.stderr
    assert cmo.json("code", "list") == []
    cmo("code", "add", "--source", keys["walk-in"], *[arg for name, words in parts.items() for arg in (f"--{name}", words)])
    made = cmo.json("code", "list")[0]["id"]
    edit = cmo("code", "edit", made, f"--{part}", "?", code=2)
    assert f"the {part} '?' is a placeholder, not words of one: --{part} '' leaves {made} without one" in edit.stderr
    assert cmo.json("code", "show", made)[part] == parts[part]


def test_a_placeholder_marked_in_a_sentence_is_none_and_named(cmo, tmp_path):
    """A 'CMOC' sentence whose outcome is marked but only 'TBC': read as no outcome, as a cell of it is."""
    keys = _review(cmo, tmp_path)
    sentence = "Where adults work office hours (C), a walk-in clinic feels quick (M), leading to TBC (O)."
    said = cmo("code", "import", str(write_csv(tmp_path / "flu.csv", ["Source", "CMOC"], [keys["walk-in"], sentence])), code=1)
    made = cmo.json("code", "list")[0]
    assert made["outcome"] == "" and made["mechanism"] == "a walk-in clinic feels quick"
    assert f"row 2: {made['id']} has no outcome ('TBC' in its outcome cell is a placeholder, read as none)" in said.stderr


def test_a_split_mechanism_beside_placeholders_is_imported_not_refused(cmo, tmp_path):
    keys = _review(cmo, tmp_path)
    sheet = write_csv(
        tmp_path / "flu.csv",
        ["Source", "Context", "Resource", "Response", "Outcome"],
        [keys["walk-in"], "?", "A pharmacist offers the jab on the spot", "People feel it is easy", "TBC"],
    )
    said = cmo("code", "import", str(sheet), code=1)
    made = cmo.json("code", "list")[0]
    assert made["mechanism_response"] == "People feel it is easy" and made["context"] == made["outcome"] == ""
    assert f"{made['id']} has no context and no outcome ('?' in its context cell is a placeholder and 'TBC'" in said.stderr
