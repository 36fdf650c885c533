"""Helper LU: left-overs of trials CI, CJ, LK, LR, LM (statements read and worded; a body's initials)."""

from __future__ import annotations

from cmo.models import Configuration, Statement
from cmo.synthesis import evidence


def _undecided(said: str, outcomes: list[str]) -> list[str]:
    members = {
        f"S{i}": Statement(id=f"S{i}", source=f"src{i}", context="older people", mechanism="care at home", outcome=o)
        for i, o in enumerate(outcomes, 1)
    }
    config = Configuration(id="C1", context="c", mechanism="m", outcome=said, statements=list(members))
    return evidence.undecided_ids(config, members)


def test_a_thing_said_to_be_less_likely_beside_members_that_make_it_fewer_is_in_line():
    # trial CI: Shepperd et al.'s "less likely in residential care at 6m" was left undecided as "not following"
    outcomes = ["fewer moved into residential care at 12m", "less likely in residential care at 6m"]
    assert _undecided("fewer moved into residential care", outcomes) == []
    outcomes = ["fewer hospital admissions", "patients less likely to be admitted to hospital", "admissions fell"]
    assert _undecided("fewer hospital admissions", outcomes) == []


def test_a_thing_low_or_few_beside_members_that_make_another_thing_less_or_it_more_still_goes_against():
    # must not fire: a true failure (the thing the others raise), and a low thing the others never lessen
    assert _undecided("more referrals", ["more referrals", "few referrals", "referrals rose"]) == ["S2"]
    assert _undecided("pupils attend more", ["pupils attend more", "few pupils attended", "fewer pupils excluded"]) == ["S2"]
    assert _undecided("fewer admissions", ["fewer hospital admissions", "admissions did not fall", "admissions fell"]) == ["S2"]
    # a true harm is no lessening: "less likely to attend" beside "fewer missed appointments"
    assert _undecided("fewer missed appointments", ["fewer missed appointments", "less likely to attend clinic"]) == ["S2"]


# 6. The same statement coded twice, word for word, by two coders (trials CJ, LJ)

HEADER = ["ID", "Study", "Context", "Mechanism", "Outcome", "Quote", "Page", "Coder"]


def _coders(cmo) -> list[tuple[str, str]]:
    return [(s["id"], s["coder"]) for s in cmo.json("code", "list")]


def test_a_second_coders_rows_of_the_same_words_are_one_statement_naming_both_coders(cmo, tmp_path):
    from sheet_reviews import review_of, write_csv
    from test_s39c_coding import DOMAINS, RECORDS

    review_of(cmo, tmp_path, DOMAINS, RECORDS)
    jm = [["S1", "Haugen 2017", "Wards with a named discharge nurse", "Patients trust one person", "Fewer delays", "", "", "JM"]]
    hc = [[*jm[0][:-1], "HC"]]
    cmo("code", "import", str(write_csv(tmp_path / "jm.csv", HEADER, *jm)), code=None)
    said = cmo("code", "import", str(write_csv(tmp_path / "hc.csv", HEADER, *hc)), code=None)
    assert _coders(cmo) == [("S1", "JM; HC")]  # was HC: JM's name lost
    assert "S1 now names both as its coders (JM; HC)" in said.stderr
    for sheet in ("jm.csv", "hc.csv"):  # either coder's sheet again changes nothing
        said = cmo("code", "import", str(tmp_path / sheet), code=None)
        assert _coders(cmo) == [("S1", "JM; HC")] and "0 updates" in said.stdout and "later words" not in said.stderr
    # without ids: HC's row was dropped as a repeat and HC's name with it
    moreau = ["Moreau 2021", "Carers told the date late", "Carers feel left out", "Carers decline to take them home", "", ""]
    cmo("code", "import", str(write_csv(tmp_path / "jm2.csv", HEADER[1:], [*moreau, "JM"])), code=None)
    write_csv(tmp_path / "hc3.csv", HEADER[1:], [*moreau, "HC"])
    said = cmo("code", "import", str(tmp_path / "hc3.csv"), code=None)
    assert _coders(cmo) == [("S1", "JM; HC"), ("S2", "JM; HC")]
    cmo("code", "import", str(tmp_path / "hc3.csv"), code=None)
    assert _coders(cmo) == [("S1", "JM; HC"), ("S2", "JM; HC")]


def test_one_coders_name_corrected_or_another_coders_other_words_are_no_second_coding(cmo, tmp_path):
    """Must not fire (a school travel review): the coder cell corrected alone by the same person, and another coder's
    row in other words (added as its own statement)."""
    from sheet_reviews import review_of, write_csv
    from test_s40_coding import DOMAINS, RECORDS

    review_of(cmo, tmp_path, DOMAINS, RECORDS)
    rows = [
        [
            "",
            "Tanaka 2019",
            "Quiet residential streets",
            "Parents trust an adult walks with them",
            "More walk",
            "",
            "",
            "Ana Ruiz",
        ]
    ]
    cmo("code", "import", str(write_csv(tmp_path / "t.csv", HEADER, *rows)), code=None)
    rows[0][0], rows[0][7] = "S1", "A. Ruiz"
    cmo("code", "import", str(write_csv(tmp_path / "t2.csv", HEADER, *rows)), code=None)
    assert _coders(cmo) == [("S1", "A. Ruiz")]
    other = [
        [
            "",
            "Tanaka 2019",
            "Quiet residential streets",
            "Children chat on the way",
            "Pupils arrive calmer",
            "arrived calmer",
            "4",
            "Bo Li",
        ]
    ]
    cmo("code", "import", str(write_csv(tmp_path / "t3.csv", HEADER, *other)), code=None)
    assert _coders(cmo) == [("S1", "A. Ruiz"), ("S2", "Bo Li")]


# 5. Statements in a script the similarity cannot read (trial CJ)

URDU = [
    ["Haugen 2017", "بزرگ خواتین جو اکیلی رہتی ہیں", "نرس سے ایک ہی رابطہ اعتماد دیتا ہے", "گھر جانے میں تاخیر کم ہوئی", "RS"],
    ["Moreau 2021", "دیہی علاقوں کے بزرگ", "گھر والوں کو دیر سے بتایا گیا", "گھر والے انہیں لینے سے انکار کرتے ہیں", "RS"],
]


def test_two_statements_in_a_script_cmo_cannot_read_are_not_joined_and_the_team_is_told(cmo, tmp_path):
    from sheet_reviews import review_of, write_csv
    from test_s39c_coding import DOMAINS, RECORDS

    review_of(cmo, tmp_path, DOMAINS, RECORDS)
    english = [
        ["Haugen 2017", "Wards with a named discharge nurse", "Patients trust one person to organise it", "Fewer delays", "AK"],
        ["Haugen 2017", "Wards with a discharge coordinator", "Patients know whom to ask", "Fewer delayed discharges", "AK"],
    ]
    sheet = write_csv(tmp_path / "sheet.csv", ["Study", "Context", "Mechanism", "Outcome", "Coder"], *english, *URDU)
    said = cmo("code", "import", str(sheet), code=None)
    assert "S3, S4 are written in Arabic script" in said.stderr
    cmo("refine", code=None)
    homes = {sid: c["id"] for c in cmo.json("configs", "list") for sid in c["statements"]}
    assert homes["S3"] != homes["S4"]  # were one configuration, on their script alone


def test_a_word_in_another_script_inside_an_english_statement_leaves_it_english():
    from cmo.synthesis.languages import written_in

    assert written_in("Worshippers trust the imam (امام) who hosts the vaccine clinic", "", "uptake rose") is None
    assert written_in("ਮਾਪੇ ਡਾਕਟਰ ਤੇ ਭਰੋਸਾ ਕਰਦੇ ਹਨ") == "Gurmukhi script"
    assert written_in("les parents font confiance au médecin de la famille") == "French"


# 4. "WHO GUIDANCE" in a cell in capitals, in a review that never writes "WHO" (trials LO, LR)


def test_who_in_capitals_where_no_pronoun_can_stand_is_the_initialism_the_coder_typed():
    from cmo.synthesis.wording import capitals_as_words

    assert capitals_as_words("WHO GUIDANCE IGNORED") == "WHO guidance ignored"  # was "Who guidance ignored"
    assert capitals_as_words("STAFF FOLLOW WHO RECOMMENDATIONS ON EXERCISE") == "Staff follow WHO recommendations on exercise"


def test_who_in_capitals_where_the_pronoun_stands_is_lowered():
    """Must not fire (falls, loneliness, vaccination): the pronoun after people, before a verb, an adverb or 'to'."""
    from cmo.synthesis.wording import capitals_as_words

    assert capitals_as_words("PEOPLE WHO WAIT LONG") == "People who wait long"
    assert capitals_as_words("THOSE WHO OFTEN FEEL ALONE") == "Those who often feel alone"
    assert capitals_as_words("NURSES UNSURE WHO TO ASK") == "Nurses unsure who to ask"
    assert capitals_as_words("MOTHERS WHO HIV POSITIVE") == "Mothers who HIV positive"
    assert capitals_as_words("PARENTS UNSURE WHO") == "Parents unsure who"


# 3. Wording in packs: a participle with its phrase kept in the coder's tense (trials CL, CI)


def test_a_past_participle_before_a_phrase_is_not_made_a_present_verb_in_a_title():
    from cmo.synthesis.wording import title_for

    # was "Officer buy-in builds through training and shares shifts", "Care delivers where pt lives"
    mechanism = "officer buy-in built through training and shared shifts"
    assert (
        title_for("custody suites with nurses", mechanism, "fewer detentions")
        == "Officer buy-in built through training and shared shifts"
    )
    assert (
        title_for("older people at home", "care delivered where pt lives", "fewer admissions") == "Care delivered where pt lives"
    )


def test_a_past_verb_with_its_object_or_a_change_is_still_told_in_the_present():
    """Must not fire (school meals, dental care): a verb with its object, a verb of change, a verb and its adjective."""
    from cmo.synthesis.wording import title_for

    assert (
        title_for("primary schools", "free breakfast removed the cost barrier", "more pupils eat")
        == "Free breakfast removes the cost barrier"
    )
    assert title_for("dental practices", "attendance improved with text reminders", "fewer missed visits") == (
        "Attendance improves with text reminders"
    )
    assert (
        title_for("dental practices", "dentists felt rushed and undervalued", "fewer referrals")
        == "Dentists feel rushed and undervalued"
    )


def test_an_outcome_opening_with_a_word_used_far_more_as_a_verb_is_a_verb_phrase_given_its_subject():
    """Trial LK 5: "which leads to give feedback to staff"."""
    from cmo.synthesis.wording import cmo_sentence

    said = cmo_sentence("link workers in GP practices", "practice staff trust the link worker", "give feedback to staff")
    assert said.endswith("practice staff trust the link worker, so they give feedback to staff.")
    said = cmo_sentence("antenatal clinics", "midwives feel confident", "offer advice to mothers on diet")
    assert said.endswith("so they offer advice to mothers on diet.")


def test_a_noun_phrase_opening_with_a_word_used_as_a_verb_too_stays_a_noun_phrase():
    """Must not fire (surgery, carers): a noun phrase whose first word is used as a verb too ("wait times", "care
    quality", "support groups"), and a verb before a plural it may describe."""
    from cmo.synthesis.wording import cmo_sentence

    for outcome in ("wait times for surgery", "care quality for patients", "support groups for carers", "cut costs"):
        assert "so they" not in cmo_sentence("surgical wards", "surgeons plan lists together", outcome)


# 7. A body cited by initials of its name in another language, on a work a record names in English (trial LM 4)

GREY = ["Title", "Author", "Year", "Publisher", "Type", "URL"]


def _grey_review(cmo, tmp_path, rows):
    from sheet_reviews import write_csv

    cmo("init", str(cmo.folder))
    cmo("ingest", str(write_csv(tmp_path / "grey.csv", GREY, *rows)), "--origin", "website", code=None)
    for source in cmo.json("sources", "list"):
        cmo("select", "include", source["key"])


def test_a_work_on_a_bodys_site_is_cited_by_the_initials_of_the_bodys_name_another_record_gives(cmo, tmp_path):
    from sheet_reviews import write_csv

    english = "Swedish Agency for Health Technology Assessment and Assessment of Social Services"
    swedish = "Statens beredning för medicinsk och social utvärdering"
    _grey_review(
        cmo,
        tmp_path,
        [
            [
                "Digital follow-up in outpatient care",
                english,
                "2018",
                "",
                "Report",
                "https://www.sbu.se/en/publications/digital/",
            ],
            ["Psychosocial interventions for adolescents", swedish, "2019", "", "Report", "https://www.sbu.se/sv/psykosociala/"],
        ],
    )
    header = ["Source", "Context", "Mechanism", "Outcome"]
    sheet = write_csv(tmp_path / "s.csv", header, ["SBU 2018", "remote clinics", "patients feel watched over", "fewer visits"])
    cmo("code", "import", str(sheet))  # was: 'SBU 2018' is not a source in this review (exit 2)
    assert [s["source"] for s in cmo.json("code", "list")] == [cmo.json("sources", "list")[0]["key"]]


def test_a_sites_name_no_body_there_is_cited_by_names_no_work(cmo, tmp_path):
    """Must not fire (a university's reports on student mental health): the site's name is no body's initials there, and
    a body's English name alone gives no initials of another name."""
    from sheet_reviews import write_csv

    _grey_review(
        cmo,
        tmp_path,
        [
            ["Student wellbeing survey", "University of Bristol", "2019", "", "Report", "https://www.bristol.ac.uk/wellbeing/"],
            [
                "Counselling waits",
                "Swedish Agency for Health Technology Assessment",
                "2019",
                "",
                "Report",
                "https://www.sbu.se/en/x/",
            ],
        ],
    )
    header = ["Source", "Context", "Mechanism", "Outcome"]
    for cited in ("SBU 2019", "WB 2019"):
        sheet = write_csv(tmp_path / "s.csv", header, [cited, "first-year students", "they know where to go", "help sought"])
        assert "is not a source in this review" in cmo("code", "import", str(sheet), code=2).stderr


def test_two_coders_rows_of_the_same_words_on_one_sheet_are_one_statement_naming_both(cmo, tmp_path):
    from sheet_reviews import review_of, write_csv
    from test_s39c_coding import DOMAINS, RECORDS

    review_of(cmo, tmp_path, DOMAINS, RECORDS)
    row = ["Moreau 2021", "Carers told the date late", "Carers feel left out", "Carers decline to take them home"]
    sheet = write_csv(tmp_path / "both.csv", ["Study", "Context", "Mechanism", "Outcome", "Coder"], [*row, "JM"], [*row, "HC"])
    said = cmo("code", "import", str(sheet), code=None)
    assert _coders(cmo) == [("S1", "JM; HC")] and "S1 now names both as its coders (JM; HC)" in said.stderr
    said = cmo("code", "import", str(sheet), code=None)
    assert _coders(cmo) == [("S1", "JM; HC")] and "0 new statements and 0 updates" in said.stdout
