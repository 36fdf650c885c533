"""Trial CZ: a rural Canadian paramedic researcher and an Australian community paramedic run a rapid realist review of
community paramedicine for older people at home, from CINAHL (EBSCOhost RIS), Scopus, Publish or Perish and a coding
sheet two coders exported from NVivo 14."""

from __future__ import annotations

import pytest
from conftest import DATA

CZ = DATA / "trial_cz"


def _review(cmo):
    cmo("init", str(cmo.folder), "--domains", str(CZ / "domains.yaml"))
    cmo("ingest", str(CZ / "cinahl-ebscohost.ris"))
    cmo("select", "include", *[s["key"] for s in cmo.json("sources", "list")])
    cmo("code", "import", str(CZ / "coding-sheet.csv"), code=None)
    cmo("refine")
    statements = {s["source"]: s["id"] for s in cmo.json("code", "list")}
    configs = cmo.json("configs", "list")
    return statements, configs


def test_no_rise_of_adverse_events_typed_without_in_supports_its_configuration(cmo):
    """Bigham et al.'s "decreased ED transport, no increase adverse events" (a coder's shorthand for "no increase in
    adverse events") was read as an outcome that did not follow: refine counted the systematic review against "fewer
    ED attendances" and the configuration's strength said "1 source reports the outcome did not follow"."""
    statements, configs = _review(cmo)
    bigham = statements["bigham2013expanding"]
    holding = next(c for c in configs if bigham in c["statements"])
    shown = cmo.json("configs", "show", holding["id"])
    assert bigham not in shown["contradicting"]
    assert "bigham2013expanding" in shown["sources"]
    assert "did not follow" not in shown["strength_reason"]


def test_an_initialism_that_folds_to_a_function_word_keeps_its_thing(cmo):
    """ "ED" folds to "ed", a function word of Italian the reader drops, so "fewer ED transports" named no thing, and
    a configuration made of O'Meara et al.'s "fewer ED transports, pt stays home" and Finn et al.'s "safe
    non-transport, fewer ED attendances" was said to hold a member whose outcome "says the opposite" of its own."""
    statements, _ = _review(cmo)
    made = cmo(
        "configs",
        "new",
        "--statements",
        f"{statements['omeara2016community']},{statements['finn2013evidencebased']}",
        "--domain",
        "access",
    )
    assert "says the opposite" not in made.output + made.stderr


@pytest.mark.parametrize(
    ("one", "other", "opposite"),
    [
        ("fewer ED transports, pt stays home", "safe non-transport, fewer ED attendances", False),
        ("more ED transports", "fewer ED transports", True),  # must still fire: one thing, two ways
        # another topic: a clause's "fewer" is not the way of another clause's negated word
        ("fewer readmissions, carer satisfaction", "carer dissatisfaction", True),
        ("reduced carer dissatisfaction", "carer satisfaction", False),
        ("pupils did NOT attend", "higher attendance at school", True),  # English typed in capitals stays English
    ],
)
def test_opposite_outcomes_read_each_clause_and_initialism(one, other, opposite):
    from cmo.synthesis.evidence import opposite_outcomes

    assert opposite_outcomes(one, other) is opposite


@pytest.mark.parametrize(
    ("outcome", "negative"),
    [
        ("decreased ED transport, no increase adverse events", False),
        ("no increase serious adverse events", False),
        ("housing kept, no increase drug use", False),
        ("care at home, no increase agitation or aggression", False),  # a harm noun of the lexicon, as typed
        # must not fire, on other topics: a rise denied of a thing no one counts as a harm still did not follow
        ("no increase screening uptake", True),
        ("no increase attendance at clinic", True),
        ("NO CHANGE IN ADMISSIONS", True),
    ],
)
def test_a_rise_denied_of_a_harm_without_its_preposition(outcome, negative):
    from cmo.synthesis.evidence import outcome_is_negative

    assert outcome_is_negative(outcome) is negative


_GROUPS = (
    ("paramedics", "Paramedics"),
    ("gps", "GPs and primary care"),
    ("older-people", "Older people and carers"),
    ("commissioners", "Service commissioners"),
)


@pytest.mark.parametrize(
    ("typed", "groups", "found"),
    [
        # a Qualtrics 'Other - Text' answer: the person one of the group's joined peoples, a note after a dash
        ("Carer - my mum is 91 and lives on the farm", _GROUPS, ["older-people"]),
        ("Older person: 84, live alone", _GROUPS, ["older-people"]),
        # must not fire, on another review's groups: a label joining none, or words that are no people it joins
        ("Other - please specify", (("other-prof", "Other professionals"), ("parents", "Parents and carers")), []),
        ("Student - nursing", (("staff", "Nurses and midwives"),), []),
        ("Nurse - community", (("staff", "Nurses and midwives"),), ["staff"]),
    ],
)
def test_a_group_typed_as_one_of_the_peoples_its_name_joins(typed, groups, found):
    """Qualtrics' 'Which group are you answering for? - Other - Text' held "Carer - my mum is 91 and lives on the farm":
    the import kept the carer's answers without a group, "none of the review's groups", though 'Older people and
    carers' names carers."""
    from cmo.normalise import group_named

    assert group_named(typed, groups)[0] == found


@pytest.mark.parametrize(
    ("context", "opening"),
    [
        ("primary care teams new to paramedics", "With primary care teams new to paramedics, "),
        ("rural US CP programs reliant on grants", "In rural US CP programs reliant on grants, "),
        # must not fire, on other topics: a verb that links its subject to an adjective is still a clause's verb
        ("the patient stays calm", "Where the patient stays calm, "),
        ("the stock runs low", "Where the stock runs low, "),
        ("the ward feels unsafe", "Where the ward feels unsafe, "),
        ("attendance drops after half term", "Where attendance drops after half term, "),  # 'after' is no adjective here
    ],
)
def test_a_plural_noun_before_an_adjective_is_no_verb(context, opening):
    """The pack read "Where primary care teams new to paramedics, unclear role, …" and "Where rural US CP programs
    reliant on grants, …": 'teams' and 'programs' were read as verbs whose subjects are 'care' and 'CP', so the noun
    phrase was framed as a clause. A word that is a plural noun too takes an adjective after it only as a linking verb."""
    from cmo.synthesis.wording import cmo_segments

    sentence = "".join(piece.text for piece in cmo_segments(context, "staff explain what happens next", "less worry"))
    assert sentence.startswith(opening)


def test_an_nvivo_parent_node_read_as_one_domain_is_said_once(cmo):
    """The coded-references export names each row's node by its path ('Codes\\Reaching care at home\\Avoiding ED',
    '…\\Treat in place'): the import said one line a child node, forty lines for a sheet of 41 statements, each "was
    read as access". Now a parent whose children are read as one domain is said once, with how many codes."""
    statements, _ = _review(cmo)
    result = cmo("code", "import", str(CZ / "coding-sheet.csv"), code=None)
    said = [line for line in result.stderr.splitlines() if "was read as access" in line]
    assert len(said) == 1, said
    assert "'Codes\\Reaching care at home\\…' (4 codes under it)" in said[0]


def test_nodes_of_one_parent_read_as_different_domains_are_each_said(cmo, tmp_path):
    """Must not fire on another review's sheet: children of one parent read as two domains are two readings, each said."""
    cmo("init", str(cmo.folder))
    cmo("ingest", str(CZ / "cinahl-ebscohost.ris"))
    keys = [s["key"] for s in cmo.json("sources", "list")]
    cmo("select", "include", *keys)
    sheet = tmp_path / "themes.csv"
    sheet.write_text(
        "Code,File,Coded Text,Context,Mechanism,Outcome\r\n"
        f"Codes\\Themes\\Safety and privacy,{keys[0]},quote one,at home with family nearby,they worry about being "
        "overheard,they hold back\r\n"
        f"Codes\\Themes\\Connecting,{keys[1]},quote two,people without data,they cannot join video calls,missed sessions\r\n",
        encoding="utf-8",
    )
    result = cmo("code", "import", str(sheet), code=None)
    assert "'Codes\\Themes\\Safety and privacy' was read as safety" in result.stderr
    assert "'Codes\\Themes\\Connecting' was read as connecting" in result.stderr
    assert "codes under it" not in result.stderr


@pytest.mark.parametrize(
    ("outcome", "framed"),
    [
        ("programs close when grant ends", "so programs close when grant ends."),
        ("clinics close when funding ends", "so clinics close when funding ends."),
        # must not fire, on other topics: an adjective after a plural noun with no clause of its own after it
        ("services open to all", "which leads to services open to all."),
        ("rooms clean and warm", "which leads to rooms clean and warm."),
        ("staff available when needed", "which leads to staff available when needed."),
    ],
)
def test_a_verb_that_is_an_adjective_too_before_a_clause(outcome, framed):
    """The pack read "…no billing mechanism leads to funding uncertainty, which leads to programs close when grant
    ends": 'close' was read as an adjective describing 'programs', so a clause was framed as a noun phrase."""
    from cmo.synthesis.wording import cmo_segments

    sentence = "".join(piece.text for piece in cmo_segments("rural clinics", "funding is short term", outcome))
    assert sentence.endswith(framed), sentence


@pytest.mark.parametrize(
    ("mechanism", "outcome", "ending"),
    [
        (
            "paramedics risk-averse w/o online medical support",
            "still convey pts who could stay home",
            "means that they still convey pts who could stay home.",
        ),
        ("nurses feel unsure without support", "often attend follow-up", "so they often attend follow-up."),
        # must not fire, on another topic: an adverb before an outcome that names its own subject or thing
        ("nurses feel unsure without support", "now the service closes", "with this outcome: now the service closes."),
    ],
)
def test_an_outcome_opening_with_an_adverb_before_its_verb(mechanism, outcome, ending):
    """The pack read "…paramedics risk-averse without online medical support means that still convey pts who could
    stay home": an outcome with no subject was given none because an adverb ('still') stood before its verb."""
    from cmo.synthesis.wording import cmo_segments

    sentence = "".join(piece.text for piece in cmo_segments("CPs new to the role", mechanism, outcome))
    assert sentence.endswith(ending), sentence


def test_one_publish_or_perish_search_saved_as_csv_and_bibtex_is_counted_once(cmo):
    """Publish or Perish's CSV and its BibTeX of one Google Scholar search were counted as two searches' records: the
    flow said 69 records identified and 40 duplicates, where the CSV and BibTeX were one search (55 records). The
    BibTeX key pop0001 is the CSV's GSRank 1, at the same address."""
    cmo("init", str(cmo.folder))
    summary = cmo.json("ingest", str(CZ / "pop-scholar.csv"), str(CZ / "pop-scholar.bib"))
    assert summary["read"] == 8 and summary["added"] == 4 and summary["read_again"] == 4
    assert [link["linked_by"] for link in summary["links"]] == [
        "the same record read before from pop-scholar.csv (the same Publish or Perish record number)"
    ] * 4
    cmo("report", "--format", "md", "-o", str(cmo.folder / "r.md"), code=None)
    text = (cmo.folder / "r.md").read_text(encoding="utf-8")
    assert "| Records identified | 4 |" in text


def test_another_publish_or_perish_search_of_the_same_works_finds_duplicates(cmo):
    """Must not fire: another search's BibTeX places the same works elsewhere in its results (pop0005…): duplicates a
    search found again, counted in the flow."""
    cmo("init", str(cmo.folder))
    summary = cmo.json("ingest", str(CZ / "pop-scholar.csv"), str(CZ / "pop-scholar-another-search.bib"))
    assert summary["added"] == 4 and not summary.get("read_again")
    assert all("Publish or Perish" not in link["linked_by"] for link in summary["links"])
    cmo("report", "--format", "md", "-o", str(cmo.folder / "r.md"), code=None)
    assert "| Records identified | 8 |" in (cmo.folder / "r.md").read_text(encoding="utf-8")
