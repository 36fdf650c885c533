"""A context coded as a noun phrase naming a condition, a quality or a resource is framed "With …", as a realist reviewer
writes it; a place, a programme or a time stays "In …", people "For …" (trial Q: "In good links with local specialist
services, staff are confident…"). The rule reads the phrase's form (`wording.names_a_condition`): a word of quantity
or sufficiency, an adjective of degree or quality before its head, a head naming a state or relation, a mass noun and
its "to". Every sentence below is from a topic other than trial Q's (mental health in schools)."""

from __future__ import annotations

import pytest

from cmo.synthesis.wording import cmo_sentence

MECHANISM, OUTCOME = "staff feel able to act", "care improves"


def _opening(context: str) -> str:
    return cmo_sentence(context, MECHANISM, OUTCOME).split(",", 1)[0]


# ---- a condition, a quality or a resource is "with"; beside it, from the same topic, a place, programme or time ----


@pytest.mark.parametrize(
    "condition, place",
    [
        # medical education
        ("Insufficient supervision from senior clinicians", "Busy emergency departments"),
        ("Close supervision by an experienced mentor", "Large general practices in urban areas"),
        # maternity care
        ("Reduced caseloads for community midwives", "Group antenatal care led by midwives"),
        ("Lack of transport to the antenatal clinic", "Early pregnancy"),
        # social prescribing
        ("No dedicated budget for the social prescribing scheme", "Rural general practices"),
        # continuing professional development
        ("Few opportunities to practise new skills on the ward", "A hospital-based simulation programme"),
        # diabetes self-management
        ("Low health literacy among people with type 2 diabetes", "Low income countries"),
        # HIV care
        ("High levels of HIV stigma in the community", "Low- and middle-income countries"),
        # community health workers
        ("Weak links between community health workers and the health facility", "Remote Aboriginal communities"),
        # dementia care
        ("Long waits for a first appointment with the memory clinic", "Long term care facilities"),
        ("Good rapport with the health visitor", "The months after a stroke"),
        # integrated care
        ("Poor communication between hospital and community teams", "A nurse-led telephone follow-up service"),
        ("Supportive partnerships between police and health services", "The transition to adult services"),
        ("Clear roles and responsibilities across agencies", "Home visits by community health workers"),
        # migrant health
        ("Limited English proficiency", "Secondary schools in deprived areas"),
        ("A shortage of qualified interpreters", "More deprived neighbourhoods"),
        ("Exposure to domestic violence in childhood", "Poor rural districts"),
        # primary care access
        ("Easy access to a GP out of hours", "Primary care"),
        ("Greater autonomy for nurse practitioners", "Short stay units"),
        # care homes and nursing
        ("Heavy workload on night shifts", "High-security prisons"),
        ("Inadequate training in trauma-informed care", "Prison settings with high staff turnover"),
        ("Strong leadership in the care home", "Long-term care facilities"),
        ("Very limited time for supervision", "A school-based programme"),
        ("An absence of shared records between services", "The first weeks after discharge"),
        ("Little continuity of physiotherapist between sessions", "Rural primary care clinics"),
        ("More support from line managers", "Low-income countries"),
    ],
)
def test_a_condition_is_with_and_a_place_programme_or_time_is_in(condition, place):
    assert _opening(condition) == "With " + condition[0].lower() + condition[1:]
    assert _opening(place).startswith("In ")


def test_trial_q_good_links_read_with():
    sentence = cmo_sentence(
        "Good links with local specialist services",
        "staff are confident that concerns can be escalated",
        "staff are more willing to identify pupils' needs",
    )
    assert sentence.startswith("With good links with local specialist services, staff are confident")


# ---- counted people are a resource; people described before their noun are still people ---------------------------


@pytest.mark.parametrize(
    "context, opening",
    [
        ("Few volunteers in the village", "With few volunteers"),  # how many there are, not whom it is for
        ("Additional staff on the ward", "With additional staff"),
        ("Less experienced nurses", "For less experienced nurses"),  # "less experienced" describes the nurses
        ("Newly qualified physiotherapists", "For newly qualified physiotherapists"),
        ("Trained volunteers in rural districts", "For trained volunteers"),
        ("Busy emergency departments", "In busy emergency departments"),  # -ment names an act or a place, no person
    ],
)
def test_people_counted_are_with_and_people_described_first_are_for(context, opening):
    assert _opening(context).startswith(opening + " ") or _opening(context) == opening
    # what follows the people describes them: "little" there makes no "With"
    assert _opening("Older people with little social support").startswith("For older people")
    assert _opening("Young mothers with poor support networks").startswith("For young mothers")


# ---- an answer sheet made by an earlier cmo, which said "In …", is still the template's words -----------------------


def test_an_answer_sheet_that_says_in_where_the_template_now_says_with_is_not_taken_for_edited_words(demo, tmp_path):
    demo("configs", "edit", "C3", "--context", "Close supervision from an experienced peer worker")
    demo("round", "close", "--note", "second round")
    template = tmp_path / "answers.csv"
    demo("feedback", "template", "-o", str(template))
    rows = template.read_text(encoding="utf-8-sig").splitlines()
    (row,) = [r for r in rows if ",C3," in r]
    assert '"With close supervision from an experienced peer worker, ' in row
    earlier = row.replace('"With close supervision', '"In close supervision').replace(",,2,C3,", "Puffin,,2,C3,", 1)
    earlier = earlier.replace('sustained.",,', 'sustained.",agree,', 1)
    sheet = tmp_path / "answers-made-by-an-earlier-cmo.csv"
    sheet.write_text("\n".join([rows[0], earlier]) + "\n", encoding="utf-8")
    done = demo("feedback", "import", str(sheet))
    assert "not the words the template gave" not in done.stderr
    assert "Imported 1 answer for round 2" in done.stdout
    edited = sheet.read_text(encoding="utf-8").replace("In close supervision", "In close, kind supervision")
    sheet.write_text(edited, encoding="utf-8")
    assert "not the words the template gave" in demo("feedback", "import", str(sheet), code=None).stderr
