"""`round close --check` named words of a configuration as one study's though another of its sources says them by the
short form the team defined (trial E2, nursing-home antibiotics: 'asymptomatic bacteriuria' in C9's outcome, its other
source coding 'ABU', with `ABU: asymptomatic bacteriuria` in review.yaml). What the team says a short form means is
what a source writing it says; a term no other source says, in words or short form, is still named. About school meals,
not the trial's topic."""

from __future__ import annotations

from sheet_reviews import review_of

DOMAINS = """domains:
  - slug: meals
    name: School meals
    description: Lunch at school.
"""

RECORDS = """TY  - JOUR
TI  - Universal infant free school meals and take-up in England
AU  - Holford, Angus
PY  - 2020
JO  - Fiscal Studies
ER  -

TY  - JOUR
TI  - Stigma and school lunch in primary schools
AU  - Patel, Rina
PY  - 2019
JO  - Journal of School Health
ER  -
"""


def _check(cmo, tmp_path, other_context: str, short_forms: str) -> str:
    keys = review_of(cmo, tmp_path, DOMAINS, RECORDS)
    if short_forms:
        review_yaml = cmo.folder / "review.yaml"
        review_yaml.write_text(review_yaml.read_text(encoding="utf-8") + short_forms, encoding="utf-8")
    for key, context, outcome in (
        (keys["universal"], "primary schools in Leicestershire", "more pupils take up school meals"),
        (keys["universal"], "primary schools in Leicestershire", "more pupils take up meals at lunch"),
        (keys["stigma"], other_context, "more pupils take up school meals"),
    ):
        cmo("code", "add", "--source", key, "--context", context, "--mechanism", "pupils no longer feel singled out",
            "--outcome", outcome)  # fmt: skip
    cmo("configs", "new", "--statements", "S1,S2,S3", "--domain", "meals", code=None)
    assert "Leicestershire" in cmo.json("configs", "list")[0]["context"]
    return cmo("round", "close", "--check", code=None).stderr


def test_words_another_source_writes_as_a_said_short_form_are_not_one_studys(cmo, tmp_path):
    said = _check(cmo, tmp_path, "primary schools in Leics", "settings:\n  short_forms:\n    Leics: Leicestershire\n")
    assert "in one of its 2 sources' words" not in said


def test_words_no_other_source_says_are_still_named(cmo, tmp_path):
    # must still fire, on the same shape: where the team has not said what 'Leics' means, nothing says it is the county
    said = _check(cmo, tmp_path, "primary schools in Leics", "")
    assert "in one of its 2 sources' words" in said
