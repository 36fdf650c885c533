"""Session 41, round checks, third part (trial AS 5), each rule tested alone on another topic: `round close --check`
reads a figure with the words it counts or dates (a year another source says of something else hid "a 2015 television
documentary"), takes a word built from a known word by an English prefix or suffix for an everyday word, no study's
name ("unvaccinated", "disengagement"), and reads the key contexts the group is shown as it reads the parts ("Norway, a
register of 90,000 girls" went out in them). Real files, a real SQLite review, the commands a user types."""

from __future__ import annotations

from sheet_reviews import check_warning, coded_review, configuration_together

RECORDS = """TY  - JOUR
AU  - Okafor, Chidi
TI  - Stop-smoking support in community pharmacies: a cohort study
JO  - Addiction
PY  - 2020
ER  -

TY  - JOUR
AU  - Lindqvist, Maja
TI  - Quitting smoking after a heart attack: a qualitative study
JO  - Tobacco Control
PY  - 2021
ER  -

TY  - JOUR
AU  - Harlow, Jenna
TI  - Text message support for quitting: a process evaluation
JO  - Nicotine and Tobacco Research
PY  - 2019
ER  -
"""

HARLOW = ("harlow", "Young adults who smoke", "Daily text messages remind them why they quit", "More stay quit", "")


def _review(cmo, tmp_path, rows: list[tuple[str, str, str, str, str]]) -> None:
    """A review of support to stop smoking, coded with `rows` (author, context, mechanism, outcome, quote)."""
    coded_review(cmo, tmp_path, RECORDS, rows)


# ---- a figure read with the words it counts or dates ------------------------------------------------------------


def test_a_figure_another_source_says_of_something_else_is_named_with_its_words(cmo, tmp_path):
    advert = "Older smokers after a 2019 radio advert about quitting"
    _review(
        cmo,
        tmp_path,
        [
            ("okafor", advert, "Smokers feel the advert speaks to them", "More ask the pharmacist for help", ""),
            ("lindqvist", "Smokers offered support in 2017-2019", "Smokers feel the advert speaks to them", "More ask", ""),
            HARLOW,
        ],
    )
    cid = configuration_together(cmo, "radio advert", "in 2017-2019")
    cmo("configs", "edit", cid, "--context", advert)  # worded from one member, as refine may have worded it
    line = check_warning(cmo("round", "close", "--check", code=1).stderr, cid)
    assert "'2019 radio advert'" in line, line


def test_a_figure_both_sources_say_of_the_same_thing_is_not_named(cmo, tmp_path):
    _review(
        cmo,
        tmp_path,
        [
            ("okafor", "Smokers offered 12 weeks of support", "Smokers feel someone is on their side", "More stay quit", ""),
            ("lindqvist", "Patients given 12 weeks of patches", "Smokers feel someone is on their side", "Fewer lapse", ""),
            HARLOW,
        ],
    )
    cid = configuration_together(cmo, "12 weeks of support", "12 weeks of patches")
    cmo("configs", "edit", cid, "--context", "Smokers offered 12 weeks of support", "--key-contexts", "smokers trying to quit")
    said = cmo("round", "close", "--check", code=None).stderr
    assert "12 weeks" not in check_warning(said, cid), said


# ---- a word built from a known word by a prefix or a suffix is everyday English ---------------------------------


def test_a_word_made_by_a_prefix_or_suffix_from_a_known_word_is_not_one_study_s(cmo, tmp_path):
    _review(
        cmo,
        tmp_path,
        [
            ("okafor", "Smokers who feel unmotivated", "Nobody follows them up", "Overmedication and relapse", ""),
            ("lindqvist", "Smokers after a heart attack", "Nobody follows them up", "They start smoking again", ""),
            HARLOW,
        ],
    )
    cid = configuration_together(cmo, "unmotivated", "heart attack")
    cmo("configs", "edit", cid, "--key-contexts", "smokers trying to quit")
    said = cmo("round", "close", "--check", code=None).stderr
    line = check_warning(said, cid)
    assert "unmotivated" not in line and "Overmedication" not in line, said


# ---- the key contexts the group reads are read as the parts are ------------------------------------------------


def test_key_contexts_in_one_study_s_words_are_named(cmo, tmp_path):
    cohort = "Sweden, a cohort of 40,000 smokers"
    _review(
        cmo,
        tmp_path,
        [
            ("okafor", cohort, "Smokers feel someone is on their side", "More stay quit", ""),
            ("lindqvist", "Smokers after a heart attack", "Smokers feel someone is on their side", "More stay quit", ""),
            HARLOW,
        ],
    )
    cid = configuration_together(cmo, "40,000", "heart attack")
    cmo("configs", "edit", cid, "--context", "smokers who want to quit")  # the part the person wrote: theirs
    line = check_warning(cmo("round", "close", "--check", code=1).stderr, cid)
    assert "'40,000'" in line and "key contexts" in line and f"cmo configs edit {cid} --key-contexts" in line, line
    cmo("configs", "edit", cid, "--key-contexts", "smokers in the months after a scare or a decision to quit")
    assert not check_warning(cmo("round", "close", "--check", code=None).stderr, cid)


GARDEN_RECORDS = """TY  - JOUR
TI  - Community gardens and the wellbeing of older tenants
AU  - Okafor, Ada
PY  - 2020
JO  - Health and Place
ER  -

TY  - JOUR
TI  - Allotments and loneliness in later life
AU  - Lindqvist, Maja
PY  - 2021
JO  - Ageing and Society
ER  -
"""


def test_two_configurations_in_the_same_words_are_named_before_the_round_closes(cmo, tmp_path):
    """Re-check N1: after a round, splitting out the statement a configuration was worded from left it in that
    statement's words, the new configuration's too; `round close --check` said "Nothing to look at first"."""
    keys = coded_review(
        cmo,
        tmp_path,
        GARDEN_RECORDS,
        [
            (
                "okafor",
                "Older tenants offered a plot",
                "a shared garden gives them a reason to go out each day",
                "They feel less lonely",
                "",
            ),
            ("lindqvist", "Older people with an allotment", "the garden club welcomes them", "They feel less lonely", ""),
        ],
    )
    assert len(keys) == 2
    [config] = cmo.json("configs", "list")
    cmo("round", "close")
    first = config["statements"][0]
    cmo("configs", "split", config["id"], "--statements", first)
    after = cmo.json("configs", "list")
    alike = [
        c
        for c in after
        if (c["context"], c["mechanism"], c["outcome"]) == (config["context"], config["mechanism"], config["outcome"])
    ]
    assert len(alike) == 2, after  # the configuration the group read keeps its words, and the new one is worded alike
    said = cmo("round", "close", "--check", code=1)
    assert f"{alike[0]['id']} and {alike[1]['id']} would go to the group in the same words" in said.stderr
