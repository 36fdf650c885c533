"""Trial BT (community paramedicine, a Taguette highlights export): an outcome of a thing kept from happening,
'avoided conveyance', is a success, never a withholding that makes a member's null finding read as in line with it.
Each rule is tested on another topic: inclusion units in secondary schools."""

from __future__ import annotations

import csv
from pathlib import Path

from sheet_reviews import cmo_run, refined_together, review_from_rows, review_of

# --- a thing kept from happening is no withholding -------------------------------------------------------------------


def _shown(tmp_path: Path, outcomes: tuple[str, str]) -> str:
    """`configs show C1` of one configuration made by hand of two statements of one mechanism, with these outcomes."""
    rows = [
        ("inclusion2019", "Schools with an inclusion unit", "Staff have somewhere to send a pupil in crisis", outcomes[0]),
        ("inclusion2020", "Schools with an inclusion unit", "Staff have somewhere to send a pupil in crisis", outcomes[1]),
    ]
    review = review_from_rows(tmp_path, rows, appraised=True)
    made = cmo_run("configs", "new", "--statements", "S1,S2", "--by", "RT", cwd=review)
    assert made.returncode in (0, 1), made.stderr
    return cmo_run("configs", "show", "C1", cwd=review).stdout


def test_a_null_finding_beside_an_avoided_outcome_is_asked_about_not_counted_as_support(tmp_path):
    """Trial BT: "no change in ED use" sat in a configuration whose outcome was "avoided conveyance" as a supporting
    statement, unsaid: "avoided" was read as people holding back from a thing, so the denial read as in line."""
    shown = _shown(tmp_path, ("Avoided permanent exclusions", "No change in permanent exclusions"))
    assert "S2 (contradicting)" in shown or "S2 (not yet decided)" in shown
    assert "contradicting sources: inclusion2020" in shown or "sources not yet decided: inclusion2020" in shown


def test_a_null_finding_beside_people_avoiding_a_thing_stays_in_line(tmp_path):
    """The rule must not fire where people hold back: "pupils avoided the unit" beside "pupils did not use the unit"."""
    shown = _shown(tmp_path, ("Pupils avoided the unit", "Pupils did not use the unit"))
    assert "not yet decided" not in shown


# --- one passage coded with several codes -----------------------------------------------------------------------------

RECORDS = """TY  - JOUR
TI  - Social prescribing link workers and loneliness in older adults: a qualitative study
AU  - Moreau, Claire
PY  - 2021
JO  - Health and Social Care in the Community
ER  -

TY  - JOUR
TI  - Community connectors in general practice: a mixed-methods evaluation
AU  - Haddad, Omar
PY  - 2022
JO  - British Journal of General Practice
ER  -
"""

DOMAINS = """domains:
  - slug: linking
    name: Linking people to groups
    description: How link workers connect people to community activities.
"""


def _taguette(path: Path, rows: list[tuple[int, str, str, str]]) -> Path:
    """A Taguette highlights export as it writes it: 'id', 'document', 'tag', 'content', one row per tag of a highlight."""
    with path.open("w", encoding="utf-8", newline="") as out:
        writer = csv.writer(out)
        writer.writerow(["id", "document", "tag", "content"])
        writer.writerows(rows)
    return path


def test_a_taguette_highlight_tagged_with_each_part_is_one_statement_of_its_tags(cmo, tmp_path):
    """Trial BT: Taguette's export (one row per tag of a highlight) was refused for lacking C, M and O columns, and the
    same rows renamed as MAXQDA's gave statements whose context, mechanism and outcome were one passage three times, and
    glued the mechanism of one highlight to the context of the next."""
    review_of(cmo, tmp_path, DOMAINS, RECORDS)
    passage = "Older people who met the same link worker each week came to trust her and joined a lunch club."
    other = "Where the worker changed every month, people stopped coming to the group."
    sheet = _taguette(
        tmp_path / "highlights.csv",
        [
            (12, "Moreau 2021", "C - continuity of link worker", passage),
            (12, "Moreau 2021", "M - trust in the worker", passage),
            (12, "Moreau 2021", "O - joined a group", passage),
            (15, "Moreau 2021", "C - worker turnover", other),
            (15, "Moreau 2021", "M - no relationship", other),
            (15, "Moreau 2021", "M - feeling passed around", other),
            (15, "Moreau 2021", "O - stopped attending", other),
        ],
    )
    said = cmo("code", "import", str(sheet), code=None)
    assert said.exit_code in (0, 1), said.stderr
    statements = [(s["context"], s["mechanism"], s["outcome"], s["quote"]) for s in cmo.json("code", "list")]
    assert statements == [
        ("continuity of link worker", "trust in the worker", "joined a group", passage),
        ("worker turnover", "no relationship; feeling passed around", "stopped attending", other),
    ]
    assert cmo.json("code", "show", "S1")["extra"]["Passage id"] == "12"  # Taguette's highlight id, no statement id


def test_a_maxqda_segment_coded_twice_with_one_part_stays_in_its_run_once(cmo, tmp_path):
    """A segment MAXQDA writes once per code, both codes of one part, is one segment of the run (its words once), not a
    part come again that starts a new statement and leaves the one before without its mechanism and outcome."""
    review_of(cmo, tmp_path, DOMAINS, RECORDS)
    context = "Practices with a connector based in the surgery two days a week"
    sheet = tmp_path / "coded-segments.csv"
    with sheet.open("w", encoding="utf-8", newline="") as out:
        writer = csv.writer(out)
        writer.writerow(["Document name", "Code", "Segment", "Begin", "End"])
        writer.writerow(["Haddad 2022", "Context\\Connector in the practice", context, 3, 3])
        writer.writerow(["Haddad 2022", "Context\\Part-time post", context, 3, 3])
        writer.writerow(["Haddad 2022", "Mechanism\\Easy referral", "GPs could walk a patient down the corridor", 4, 4])
        writer.writerow(["Haddad 2022", "Outcome\\More referrals", "referrals doubled in the first year", 6, 6])
    cmo("code", "import", str(sheet), code=None)
    statements = [(s["context"], s["mechanism"], s["outcome"]) for s in cmo.json("code", "list")]
    assert statements == [(context, "GPs could walk a patient down the corridor", "referrals doubled in the first year")]


# --- mechanism words said only in separate groups -----------------------------------------------------------------------

CLUBS = [
    ("Adeyemi", "Breakfast clubs and attendance"),
    ("Brennan", "Breakfast club staff and pupils"),
    ("Carter", "Parents and school mornings"),
    ("Duval", "Morning routines in families"),
]


def test_members_whose_mechanisms_share_words_only_group_by_group_are_said_to_share_none(cmo, tmp_path):
    """Trial BT: refine joined "trust in paramedic" (twice) with "paramedic confidence" (twice) on their context and
    outcome, and said nothing: 'trust' and 'confidence' were each shared by half of them, so counted as two words shared."""
    said = refined_together(
        cmo,
        tmp_path,
        "Journal of School Health",
        2022,
        CLUBS,
        "adeyemi2022breakfast,Primary schools in deprived areas,pupils trust the club staff,better attendance\n"
        "brennan2022breakfast,Primary schools in deprived areas,pupils trust the breakfast staff,better attendance\n"
        "carter2022parents,Primary schools in deprived areas,parents feel confident about mornings,better attendance\n"
        "duval2022morning,Primary schools in deprived areas,parents feel confident about school mornings,better attendance\n",
    )
    (config,) = cmo.json("configs", "list")
    assert f"{config['id']} was proposed on mechanism words no half of its members say together" in said
    assert "never together in half of them" in said


def test_members_who_say_their_shared_words_together_share_a_mechanism(cmo, tmp_path):
    """The rule must not fire where most members say the same words together and one says it its own way."""
    said = refined_together(
        cmo,
        tmp_path,
        "Journal of School Health",
        2022,
        CLUBS,
        "adeyemi2022breakfast,Primary schools in deprived areas,pupils trust the club staff,better attendance\n"
        "brennan2022breakfast,Primary schools in deprived areas,pupils trust the breakfast staff,better attendance\n"
        "carter2022parents,Primary schools in deprived areas,pupils trust staff who greet them,better attendance\n"
        "duval2022morning,Primary schools in deprived areas,a hot meal before lessons for pupils,better attendance\n",
    )
    assert "never together" not in said
