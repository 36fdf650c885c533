"""Helper G3, fault 2: a Code column of code paths in another language ('Domänen\\Kommunikation\\Angehörige', as MAXQDA
and NVivo write a code under its parents) gave no domain, and the warning suggested aliasing each whole path. It names
the level of the code system under the parent the paths share, once per name ('Kommunikation', 'Personal'), and the
alias it suggests makes every code under it give the domain (`coding._domain_level`). Topic: families in intensive
care, and (must not fire) a sheet of plain codes about school meals."""

from __future__ import annotations

from sheet_reviews import review_of, write_csv

RECORDS = """TY  - JOUR
TI  - Family meetings in intensive care: a qualitative study
AU  - Becker, Anna
PY  - 2019
JO  - Pflege
ER  -
"""

DOMAINS = """domains:
  - slug: communication
    name: Communication with families
    description: How staff and relatives talk.
  - slug: workforce
    name: Staffing
    description: Who does the work.
"""

HEADER = ["Source", "Context", "Mechanism", "Outcome", "Code"]
ROWS = [
    ["Becker 2019", "relatives visit daily", "nurses explain the plan", "fewer complaints", "Domänen\\Kommunikation\\Angehörige"],
    [
        "Becker 2019",
        "a family meeting in week one",
        "relatives trust the team",
        "fewer conflicts",
        "Domänen\\Kommunikation\\Konferenz",
    ],
    [
        "Becker 2019",
        "night shifts short of nurses",
        "nurses feel rushed",
        "relatives not updated",
        "Domänen\\Personal\\Nachtdienst",
    ],
]


def test_the_alias_suggested_is_the_domain_level_of_the_code_paths_once_each(cmo, tmp_path):
    """Fails on the old code: the warning said 'VALUE' and no level of the paths."""
    review_of(cmo, tmp_path, DOMAINS, RECORDS)
    sheet = write_csv(tmp_path / "coded.csv", HEADER, *ROWS)
    said = cmo("code", "import", str(sheet), code=None).stderr
    assert "its codes sit under 'Kommunikation', 'Personal'" in said
    assert 'cmo domains alias SLUG "Kommunikation"' in said
    cmo("domains", "alias", "communication", "Kommunikation")
    said = cmo("code", "import", str(sheet), code=None).stderr
    assert "but not 'Personal'" in said and 'cmo domains alias SLUG "Personal"' in said
    assert "Angehörige" not in said
    cmo("domains", "alias", "workforce", "Personal")
    cmo("code", "import", str(sheet), code=None)
    assert [s["domain"] for s in cmo.json("code", "list")] == ["communication", "communication", "workforce"]


def test_plain_codes_are_still_asked_for_whole(cmo, tmp_path):
    """Must not fire: codes that are no paths ('Lunch queue', 'Free meals') are named as written, no level."""
    records = RECORDS.replace("Family meetings in intensive care: a qualitative study", "Free school meals and attendance")
    review_of(cmo, tmp_path, DOMAINS, records.replace("Becker, Anna", "Moreau, Lea").replace("2019", "2021"))
    rows = [
        ["Moreau 2021", "a lunch queue", "children feel seen", "more attend", "Lunch queue"],
        ["Moreau 2021", "meals are free", "parents save money", "more attend", "Free meals"],
    ]
    said = cmo("code", "import", str(write_csv(tmp_path / "plain.csv", HEADER, *rows)), code=None).stderr
    assert "its codes sit under" not in said
    assert "'cmo domains alias SLUG \"VALUE\"' declares each" in said
