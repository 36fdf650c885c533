"""Trial BD: a Jotform download's 'I am a...' column answered 'Teacher' in a review whose groups are 'Teachers' and
'Head teachers'; both teachers' answers were kept without a group ("could be heads or teachers"), though 'Teacher' is
one group's name whole but for its plural. A label whole in the singular is that label, before one whose word it
only starts. Tested on another topic: nurse-led discharge, groups 'Nurses' and 'Specialist nurses'."""

from __future__ import annotations

from sheet_reviews import review_of, write_csv

RECORDS = """TY  - JOUR
TI  - Nurse-led discharge from acute medical wards: a mixed-methods evaluation
AU  - Achterberg, Lotte
PY  - 2020
JO  - Journal of Advanced Nursing
ER  -
"""

DOMAINS = """domains:
  - slug: discharge
    name: Discharge from the ward
    description: Who decides when a patient goes home.
groups:
  - slug: nurses
    name: Nurses
  - slug: specialists
    name: Specialist nurses
"""


def _sheet(tmp_path, *groups: str):
    rows = [
        ["Achterberg 2020", f"wards with criteria set at admission {n}", "nurses feel able to decide", "earlier discharge", group]
        for n, group in enumerate(groups)
    ]
    return write_csv(tmp_path / "coding.csv", ["source", "context", "mechanism", "outcome", "groups"], *rows)


def test_a_group_written_in_the_singular_is_that_group_not_one_whose_word_it_starts(cmo, tmp_path):
    review_of(cmo, tmp_path, DOMAINS, RECORDS)
    said = cmo("code", "import", str(_sheet(tmp_path, "Nurse", "Specialist nurse")), code=None)
    assert said.exit_code in (0, 1), said.stderr
    assert [s["groups"] for s in cmo.json("code", "list")] == [["nurses"], ["specialists"]]
    assert "'Nurse' was read as nurses" in said.stderr


def test_a_label_that_only_starts_words_of_two_groups_is_still_refused(cmo, tmp_path):
    """The rule must not fire where the text is no group's name whole: 'Nurs' starts a word of both, and is named."""
    review_of(cmo, tmp_path, DOMAINS, RECORDS)
    said = cmo("code", "import", str(_sheet(tmp_path, "Nurs")), code=2)
    assert "'Nurs' could be any of the groups nurses, specialists" in said.stderr
    assert cmo.json("code", "list") == []
