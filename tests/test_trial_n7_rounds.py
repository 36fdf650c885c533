"""Helper N7, left-overs of trial CZ in `round close --check`: a number that names a service ("calling 999", "NHS 111",
"frequent 911 users" beside another study's "fewer 911 calls") or bounds people's ages in brackets ("older people
(>=60)") is no one study's figure, so a review quoting emergency lines can close a round without exit 1; a study's share,
sample or count is still named. Real files, a real SQLite review, the commands a user types; the rule's pieces on
another topic (heart failure telemonitoring) where it must not fire."""

from __future__ import annotations

from sheet_reviews import check_warning, coded_review, configuration_together

RECORDS = """TY  - JOUR
AU  - Okafor, Chidi
TI  - Street triage for people in mental health crisis: a cohort study
JO  - Emergency Medicine Journal
PY  - 2020
ER  -

TY  - JOUR
AU  - Lindqvist, Maja
TI  - Crisis lines and ambulance demand: a qualitative study
JO  - BMC Psychiatry
PY  - 2021
ER  -

TY  - JOUR
AU  - Harlow, Jenna
TI  - Crisis cafes as an alternative to the emergency department: a process evaluation
JO  - Health and Social Care in the Community
PY  - 2019
ER  -
"""

HARLOW = ("harlow", "Adults in distress out of hours", "A calm place to talk", "Fewer attend the emergency department", "")


def test_a_number_called_or_named_by_a_service_is_no_study_s_figure(cmo, tmp_path):
    worded = "Adults calling 999 in crisis, or frequent 111 users, where NHS 24 is busy"
    coded_review(
        cmo,
        tmp_path,
        RECORDS,
        [
            ("okafor", worded, "A mental health nurse rides with the crew", "Fewer are taken to the emergency department", ""),
            ("lindqvist", "People in crisis making fewer 111 calls", "A mental health nurse rides with the crew", "Fewer go", ""),
            HARLOW,
        ],
    )
    cid = configuration_together(cmo, "calling 999", "fewer 111 calls")
    assert next(c for c in cmo.json("configs", "list") if c["id"] == cid)["context"] == worded  # refine worded it so
    line = check_warning(cmo("round", "close", "--check", code=None).stderr, cid)
    assert "'999'" not in line and "'111" not in line and "'24'" not in line, line


def test_a_share_a_sample_and_a_count_are_still_one_study_s(cmo, tmp_path):
    records = RECORDS.replace("Street triage for people in mental health crisis", "Telemonitoring after heart failure")
    coded_review(
        cmo,
        tmp_path,
        records,
        [
            (
                "okafor",
                "Adults after a heart failure admission",
                "Nurses phone 120 patients weekly",
                "Reduced admissions by 23%",
                "",
            ),
            ("lindqvist", "Adults with heart failure at home", "Nurses phone patients weekly", "Fewer admissions", ""),
            HARLOW,
        ],
    )
    cid = configuration_together(cmo, "Reduced admissions by 23%", "Fewer admissions")
    cmo("configs", "edit", cid, "--mechanism", "Nurses phone 120 patients weekly", "--outcome", "Reduced admissions by 23%")
    line = check_warning(cmo("round", "close", "--check", code=1).stderr, cid)
    assert "'23%'" in line and "'120" in line, line


def test_a_bound_of_ages_in_brackets_is_whom_a_study_took_not_its_figure():
    from cmo.commands.rounds import _one_source_s_figures

    texts = ["older people (>=60) calling an ambulance, adults (65+) at home", "people at home after a fall"]
    assert _one_source_s_figures("older people (>=60), adults (65+)", texts, ages_aside=True) == set()
    samples = ["heart failure patients (n=60), a cohort (120) and (>=3 admissions)", "adults at home"]
    named = _one_source_s_figures("heart failure patients (n=60), a cohort (120) and (>=3 admissions)", samples, ages_aside=True)
    assert {"60", "120", "3"} <= named, named


# ---- "esp": a clipping the dictionary lists, with a vowel --------------------------------------------------------


def test_a_clipping_the_dictionary_lists_with_a_vowel_is_named_as_a_short_form(cmo, tmp_path):
    records = RECORDS.replace("Street triage for people in mental health crisis", "Strength and balance classes in winter")
    coded_review(
        cmo,
        tmp_path,
        records,
        [
            ("okafor", "Older people who cannot drive, esp in winter", "A minibus brings them", "More attend classes", ""),
            ("lindqvist", "Parents with a pram and no car", "Soya milk and ammo for the stove", "More attend classes", ""),
            HARLOW,
        ],
    )
    said = cmo("round", "close", "--check", code=None).stderr
    line = next((line for line in said.splitlines() if "short forms a lay reader may not know" in line), "")
    assert "'esp'" in line, said
    assert "pram" not in line and "Soya" not in line and "ammo" not in line, line


# ---- an acronym only one study of the review says is that study's ------------------------------------------------

DIABETES = (
    RECORDS.replace("Street triage for people in mental health crisis", "Foot checks by community health workers")
    .replace("Crisis lines and ambulance demand", "Diabetes education at home")
    .replace("Crisis cafes as an alternative to the emergency department", "Community health workers in diabetes care")
)


def test_an_acronym_one_study_alone_says_is_named_and_one_the_review_shares_is_not(cmo, tmp_path):
    worded = "Adults with diabetes in rural KZN, visited by CHWs"
    coded_review(
        cmo,
        tmp_path,
        DIABETES,
        [
            ("okafor", worded, "Feet are checked at every visit", "Fewer amputations", ""),
            ("lindqvist", "Adults with diabetes at home", "Feet are checked at every visit", "Fewer foot ulcers", ""),
            ("harlow", "Township clinics where CHWs follow up", "Nurses train the CHWs", "More referrals", ""),
        ],
    )
    cid = configuration_together(cmo, "rural KZN", "Adults with diabetes at home")
    assert next(c for c in cmo.json("configs", "list") if c["id"] == cid)["context"] == worded  # refine worded it so
    line = check_warning(cmo("round", "close", "--check", code=1).stderr, cid)
    assert "'KZN'" in line and "CHWs" not in line, line
