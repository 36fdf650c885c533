"""A coding sheet's 'Nguyen et al. 2018a' is read as the work cmo letters 'a', the first of the two by title, as
reference lists letter works cited alike; a team's own letters may follow another order (the order they found them),
so the import names the work each letter was read as, by its title, with the other. Trial BO: 'Yardley et al. 2006a'
and '2006b' were each read as the other paper, without a word, and five statements were coded to the wrong study.
Tested on tenancy sustainment; a citation that names one work alone is not said."""

from __future__ import annotations

from sheet_reviews import review_of, write_csv

RECORDS = """TY  - JOUR
TI  - Tenancy sustainment officers and rent arrears: a cohort study
AU  - Nguyen, Lan
PY  - 2018
JO  - Housing Studies
ER  -

TY  - JOUR
TI  - Landlords' views of tenancy support: an interview study
AU  - Nguyen, Lan
PY  - 2018
JO  - Journal of Social Policy
ER  -

TY  - JOUR
TI  - Welfare advice in social housing: a realist evaluation
AU  - Osei, Kwame
PY  - 2020
JO  - Housing Studies
ER  -
"""

DOMAINS = """domains:
  - slug: tenancy
    name: Keeping a tenancy
    description: What helps tenants stay in their homes.
"""


def test_a_lettered_citation_says_the_work_its_letter_was_read_as(cmo, tmp_path):
    keys = review_of(cmo, tmp_path, DOMAINS, RECORDS)
    sheet = write_csv(
        tmp_path / "coding.csv",
        ["study", "context", "mechanism", "outcome"],
        ["Nguyen et al. 2018a", "Social tenants in arrears", "landlords trust the officer's plan", "fewer evictions"],
        ["Osei 2020", "Social tenants on benefits", "advice sorts out their claims", "arrears fall"],
    )
    done = cmo("code", "import", str(sheet))
    said = " ".join(done.stderr.split())
    first_by_title = keys["landlords'"]
    assert (
        f"row 2: 'Nguyen et al. 2018a' was read as {first_by_title} ('Landlords' views of tenancy support: an interview "
        "study'), as its letter says"
    ) in said, said
    assert f"{keys['tenancy']} ('Tenancy sustainment officers and rent arrears: a cohort study') is cited 'Nguyen 2018b'" in said
    assert "Osei" not in said  # one work alone: nothing to say
    assert [s["source"] for s in cmo.json("code", "list")] == [first_by_title, keys["welfare"]]
