"""Session 41, key contexts and the strength line (trials AO 2, AP, AN 14).

A member's context that says the very thing the configuration works by was missing ("no follow-up" under "a worker
follows them up") is where it did not hold, never a key context; one that names one study by its acronym ("GPs in the
OPTI-SCRIPT practices") tells the reader one study, not the synthesis. The strength line says the rigour of the sources
against a configuration as it says that of those for it.

Each rule is tested alone on topics other than the trials' (maternity, schools, farming, housing, pharmacy, falls);
statements are read from a real SQLite review built by `cmo`.
"""

from __future__ import annotations

from contextlib import closing
from pathlib import Path

from sheet_reviews import cmo_run, review_from_rows

from cmo.models import Configuration, Statement
from cmo.store import Store
from cmo.synthesis.key_contexts import denies_its_resource, gives_key_context, names_one_study


def _statements(review: Path) -> dict[str, Statement]:
    with closing(Store.open_existing(review / "review.db")) as store:
        return {s.id: s for s in store.statements()}


def _config(title: str, context: str, mechanism: str, outcome: str, members: list[str]) -> Configuration:
    return Configuration(id="C1", title=title, context=context, mechanism=mechanism, outcome=outcome, statements=members)


# ---- AO 2: a context that denies the configuration's own resource -----------------------------------------------------


def test_a_context_saying_the_mechanism_s_resource_was_missing_is_no_key_context(tmp_path: Path):
    """Fails on the old code (no such rule: "discharged with no home visits" was listed as key to home visits)."""
    review = review_from_rows(
        tmp_path,
        [
            ("ana2020", "New mothers visited at home by a named midwife", "The midwife visits them at home", "More breastfeed"),
            ("ben2021", "New mothers discharged early with no home visits", "Nobody checks on feeding", "Fewer breastfeed"),
            ("cruz2019", "First-time mothers in rural districts", "A midwife they know visits at home", "More breastfeed"),
        ],
    )
    statements = _statements(review)
    config = _config(
        "Home visits by a named midwife keep mothers breastfeeding",
        "New mothers visited at home by a named midwife",
        "The midwife visits them at home and they feel supported",
        "More mothers breastfeed at six weeks",
        list(statements),
    )
    by_context = {s.context: s for s in statements.values()}
    assert denies_its_resource(by_context["New mothers discharged early with no home visits"], config)
    assert not denies_its_resource(by_context["First-time mothers in rural districts"], config)
    assert not denies_its_resource(by_context["New mothers visited at home by a named midwife"], config)


def test_the_resource_is_read_by_stem_and_an_aside_in_brackets_is_not_what_it_says():
    """ "no inspector" denies "inspection" ("inspect-or"); "(or lack)" leaves inspection what the configuration rests on."""
    config = _config(
        "Regular inspection keeps landlords repairing homes",
        "Private tenants whose landlords get (or lack) regular inspection",
        "Landlords expect to be checked",
        "Repairs are made sooner",
        ["S1", "S2"],
    )
    denied = Statement(id="S1", source="a", context="Private tenants in a borough with no inspector", outcome="Repairs wait")
    said = Statement(id="S2", source="b", context="Tenants in a borough with a housing inspector", outcome="Repairs are made")
    assert denies_its_resource(denied, config)
    assert not denies_its_resource(said, config)
    unlike = Statement(id="S3", source="c", context="Mothers who feel ashamed of not enjoying motherhood", outcome="x")
    assert not denies_its_resource(unlike, _config("Mothers compare", "Mothers in groups", "Mothers compare", "y", []))


def test_a_configuration_worded_from_its_deficit_keeps_members_that_say_the_same_deficit():
    config = _config(
        "Wards with no pharmacist miss dosing errors",
        "Wards with no pharmacist on the ward round",
        "Nobody checks doses against kidney function",
        "Dosing errors go unnoticed",
        ["S1"],
    )
    member = Statement(id="S1", source="a", context="Surgical wards without a pharmacist", outcome="Errors are missed")
    assert not denies_its_resource(member, config)


def test_a_denial_of_one_kind_of_a_thing_is_no_denial_of_what_the_context_says():
    """ "not visited by a trained adviser" is where farmers rely on neighbours to advise them; "no adviser at all" is the
    thing itself missing, where the configuration's context says it is there."""
    relying = _config(
        "Farmers trust what people they know tell them",
        "Farmers who rely on neighbours to advise them",
        "Farmers trust people they know",
        "Farmers try the new seed",
        ["S1"],
    )
    of_a_kind = Statement(id="S1", source="a", context="Farmers not visited by a trained adviser", outcome="Farmers try it")
    assert not denies_its_resource(of_a_kind, relying)
    advised = _config(
        "Extension advice builds farmers' confidence",
        "Farmers with a local adviser",
        "Farmers feel confident",
        "Farmers try the new seed",
        ["S1"],
    )
    assert denies_its_resource(Statement(id="S2", source="b", context="Farmers with no adviser", outcome="x"), advised)


# ---- AP: a context that names one study --------------------------------------------------------------------------------


def test_a_context_naming_one_study_by_its_acronym_is_no_key_context(tmp_path: Path):
    """Fails on the old code (no such rule: "GPs in the OPTI-SCRIPT practices" went to the group as a key context)."""
    review = review_from_rows(
        tmp_path,
        [
            ("dale2018", "Primary schools in the STEP-UP trial", "Teachers get weekly coaching", "Reading scores rise"),
            ("dale2018", "Pupils with ADHD in STEP-UP schools", "Teachers adapt lessons", "Pupils stay on task"),
            ("eze2020", "Pupils with ADHD in mainstream classes", "Teachers adapt lessons", "Pupils stay on task"),
            ("fox2022", "Schools in the NHS catchment of one city", "Nurses visit schools", "Pupils are seen sooner"),
            ("gil2021", "Secondary schools in the UK", "Teachers get weekly coaching", "Reading scores rise"),
        ],
    )
    statements = _statements(review)
    by_context = {s.context: s for s in statements.values()}
    named = by_context["Primary schools in the STEP-UP trial"]
    assert names_one_study(named.context, named.source, statements)  # said by dale2018's statements only
    shared = by_context["Pupils with ADHD in mainstream classes"]
    assert not names_one_study(shared.context, shared.source, statements)  # ADHD: two sources say it
    short = by_context["Schools in the NHS catchment of one city"]
    assert not names_one_study(short.context, short.source, statements)  # short capitals: a service, a place
    assert not names_one_study("Secondary schools in the UK", "gil2021", statements)
    config = _config("Coaching", "Schools", "Teachers get weekly coaching", "Reading scores rise", list(statements))
    assert not gives_key_context(named, config, statements)
    assert gives_key_context(by_context["Secondary schools in the UK"], config, statements)


def test_names_joined_by_a_hyphen_that_other_sources_say_or_that_are_short_are_no_study_s_name():
    statements = {
        "S1": Statement(id="S1", source="a", context="An integrated COPD-HIV clinic", outcome="x"),
        "S2": Statement(id="S2", source="b", context="Adults with COPD", outcome="x"),
        "S3": Statement(id="S3", source="c", context="Wards during COVID-19", outcome="x"),
    }
    assert not names_one_study("An integrated COPD-HIV clinic", "a", statements)
    assert not names_one_study("Wards during COVID-19", "c", statements)  # figures: a condition or a version
    assert names_one_study("Clinics in the CARE-PLUS programme", "a", statements)


# ---- AN 14: the rigour of what goes against it -------------------------------------------------------------------------


def test_the_strength_line_says_the_rigour_of_the_sources_against_it(tmp_path: Path):
    """Fails on the old code: "2 of medium rigour; 1 source reports the outcome did not follow" hid a high-rigour trial."""
    review = review_from_rows(
        tmp_path,
        [
            ("hale2019", "Older people at home after a fall", "An exercise programme builds confidence", "Fewer falls"),
            ("ito2020", "Older people at home after a fall", "Exercise builds their confidence", "Fewer falls"),
            ("jay2021", "Older people at home after a fall", "An exercise programme builds confidence", "No fewer falls"),
        ],
    )
    for key, rigour in (("hale2019", "medium"), ("ito2020", "medium"), ("jay2021", "high")):
        done = cmo_run("appraise", key, "--relevance", "high", "--rigour", rigour, "--by", "RT", cwd=review)
        assert done.returncode in (0, 1), done.stderr
    assert cmo_run("configs", "new", "--statements", "S1,S2,S3", cwd=review).returncode in (0, 1)
    assert cmo_run("code", "mark", "S3", "--contradicting", "C1", cwd=review).returncode in (0, 1)
    listed = cmo_run("configs", "show", "C1", cwd=review)
    assert listed.returncode in (0, 1), listed.stderr
    text = " ".join(listed.stdout.split())
    assert "2 of medium rigour" in text
    assert "1 source reports the outcome did not follow (1 of high rigour)" in text
