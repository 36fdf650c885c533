"""A team's column of code names ('Outcome – Pupils attend', 'Mechanism\\Feeling safe', as coding tools write a code
after its parent's) opens each name as a sentence opens: its capital names nothing. Trial BI: EPPI-Reviewer's codes
kept in 'Coded as' ('Context – Women with low literacy', 'Mechanism – Discussion and repetition') made 'Women' and
'Discussion' names, and the pack read "For Women with low literacy …, Discussion and repetition …, so Women felt …".
Tested on school attendance; a name the coder capitalised in running text still keeps its capital."""

from __future__ import annotations

from sheet_reviews import review_of, write_csv

RECORDS = """TY  - JOUR
TI  - Breakfast clubs and school attendance in Kenya: a mixed-methods study
AU  - Wanjiru, Grace
PY  - 2020
JO  - Journal of School Health
ER  -
"""

DOMAINS = """domains:
  - slug: attendance
    name: Coming to school
    description: What helps pupils come to school.
"""


def test_a_capital_after_a_codes_parent_is_no_name_in_the_sentence(cmo, tmp_path):
    keys = review_of(cmo, tmp_path, DOMAINS, RECORDS)
    sheet = write_csv(
        tmp_path / "coding.csv",
        ["source", "context", "mechanism", "outcome", "codes"],
        [
            keys["breakfast"],
            "Schools in rural Kenya with a free breakfast club",
            "Pupils who arrive hungry get a meal before lessons",
            "Pupils come to school more often",
            "Context – Schools in rural Kenya; Mechanism\\Pupils fed; Outcome – Pupils come more often",
        ],
    )
    cmo("code", "import", str(sheet), code=None)
    cmo("refine", "--backend", "lexical")
    sentence = cmo("configs", "show", "C1").stdout.splitlines()[1].strip()
    assert sentence.startswith("In schools in rural Kenya with a free breakfast club, pupils who arrive hungry"), sentence
    assert "Pupils" not in sentence and "Schools" not in sentence, sentence
