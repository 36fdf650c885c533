"""Trial CG: coders' shorthand ("abx", "pt", "tx", "GDP") reached the reference group's pack unflagged, and a patient
member wrote "I didn't understand what abx means". `round close --check` now names the short forms a lay reader may not
know, with the configurations using them; the team says once what each means (review.yaml `settings: short_forms:`),
and the pack tells its readers. The coded words stay as coded. Tested on another topic: a hypertension review."""

from __future__ import annotations

from conftest import REPO
from sheet_reviews import coded_pair

from cmo.synthesis.shorthand import is_shorthand, shorthand_in

DATA = REPO / "tests" / "data"


def test_shorthand_of_a_hypertension_review_is_found():
    assert shorthand_in("BP above target; pts with hx of stroke, tx w/o home monitoring") == ["pts", "hx", "tx", "w/o"]
    assert shorthand_in("Pt reads the GDPs' advice") == ["Pt", "GDPs"]


def test_ordinary_rare_words_clippings_names_and_contractions_are_not_shorthand():
    """Long words WordNet lacks are spelt out of known parts; clippings are said as words; "Teoh" inside a sentence is
    a name; "dont" is a contraction without its apostrophe."""
    text = (
        "Antimicrobial stewardship by telehealth, deprescribing after an exam and lab tests: Teoh and Cope say "
        "nurses dont rush, and people are able to attend the gym."
    )
    assert shorthand_in(text) == []
    assert not any(is_shorthand(word) for word in ("ward", "pet", "gum", "flu", "vet", "can't", "ache", "runs", "ears"))


def test_words_and_initialisms_a_dictionary_lists_are_not_asked_about():
    """Trial LP: `round close --check` named "UK", "app", "vs", "etc" as shorthand to explain, and "us", "amid", "pram",
    "chess" were shorthand too: a short word a common dictionary lists, in lower case or as an initialism in capitals,
    is one its readers know. An abbreviation with no vowel that WordNet knows only as another word's ("pt" pint, "hr"
    hour) and initialisms no dictionary lists ("NHS", "ARDS", "EHR") are still asked about. Topic: school asthma care."""
    text = (
        "Pupils in the UK log inhaler use in an app vs a paper diary, etc; nurses tell us that amid cuts a pram, chess "
        "club or TV advert reaches parents, and GPs see HIV and AIDS clinics as models."
    )
    assert shorthand_in(text) == []
    said = "Pt with ARDS seen each hr; EHR shared with the NHS w/o consent"
    assert shorthand_in(said) == ["Pt", "ARDS", "hr", "EHR", "NHS", "w/o"]
    assert is_shorthand("Pts") and is_shorthand("PTS") and not is_shorthand("GPs")


def _review(cmo, tmp_path):
    row = "Pts with uncontrolled BP in general practice,Home readings make the risk feel real,Pts take their tablets"
    return coded_pair(cmo, tmp_path, row)[0]


def test_round_close_check_names_short_forms_until_the_team_says_what_they_mean(cmo, tmp_path):
    config = _review(cmo, tmp_path)
    said = cmo("round", "close", "--check", code=1).stderr
    assert f"short forms a lay reader may not know: 'Pts' ({config['id']})." in said  # 'BP' is a dictionary's
    assert "settings: short_forms:" in said
    yaml = cmo.folder / "review.yaml"
    yaml.write_text(yaml.read_text(encoding="utf-8") + "settings:\n  short_forms:\n    pt: patient\n    BP: blood pressure\n")
    assert "short forms" not in cmo("round", "close", "--check").stderr
    cmo("round", "close")
    pack = (cmo.folder / "packs" / "pack-round-1.html").read_text(encoding="utf-8") if cmo("pack") else ""
    assert "Short forms you will see: “Pts” means patient; “BP” means blood pressure." not in pack  # told by the entry
    assert "Short forms you will see: “pt” means patient; “BP” means blood pressure." in pack
    assert "Pts with uncontrolled BP" in cmo.json("configs", "list")[0]["context"]  # the coded words stay as coded


def test_a_pack_without_short_forms_tells_none_and_a_form_said_as_itself_is_not_told(cmo, tmp_path):
    cmo("init", str(cmo.folder))
    cmo("ingest", str(DATA / "citations" / "same_team_same_year.bib"))
    cmo("select", "include", "wildman2019service", "wildman2021")
    sheet = tmp_path / "coding.csv"
    row = "Older people in NHS general practice,Link workers who listen help them trust,Older people join groups"
    sheet.write_text(f"source,context,mechanism,outcome\nwildman2019service,{row}\nwildman2021,{row}\n", encoding="utf-8")
    cmo("code", "import", str(sheet))
    cmo("refine", "--backend", "lexical")
    assert "'NHS'" in cmo("round", "close", "--check", code=1).stderr
    yaml = cmo.folder / "review.yaml"
    yaml.write_text(yaml.read_text(encoding="utf-8") + "settings:\n  short_forms:\n    NHS: NHS\n")
    assert "Nothing to look at first." in cmo("round", "close", "--check").stdout
    cmo("round", "close")
    cmo("pack")
    assert "Short forms you will see" not in (cmo.folder / "packs" / "pack-round-1.html").read_text(encoding="utf-8")


def test_short_forms_not_a_mapping_is_refused_naming_the_line(cmo, tmp_path):
    _review(cmo, tmp_path)
    yaml = cmo.folder / "review.yaml"
    yaml.write_text(yaml.read_text(encoding="utf-8") + "settings:\n  short_forms: [pt, BP]\n")
    said = cmo("round", "close", "--check", code=2).stderr
    assert "review.yaml, line" in said and "settings.short_forms must be short forms and what each means" in said


def test_the_word_files_are_what_their_scripts_write():
    """The shipped lists are built from WordNet, not written by hand: each header names its script."""
    english = REPO / "cmo" / "synthesis" / "english"
    for name, script in (
        ("short_words.txt", "build_short_words.py"),
        ("adjectives_of_ease.txt", "build_adjectives_of_ease.py"),
        ("acts_of_people.txt", "build_acts_of_people.py"),
        ("harm_words.txt", "build_harm_words.py"),
        ("good_words.txt", "build_good_words.py"),
        ("verbs_of_ending.txt", "build_verbs_of_ending.py"),
        ("verbs_before_an_ing.txt", "build_verbs_before_an_ing.py"),
        ("verbs_before_a_clause.txt", "build_verbs_before_a_clause.py"),
        ("verbs_of_telephoning.txt", "build_verbs_of_telephoning.py"),
        ("verbs_of_calling_off.txt", "build_verbs_of_calling_off.py"),
        ("burden_words.txt", "build_burden_words.py"),
        ("initialisms_read_otherwise.txt", "build_initialisms_read_otherwise.py"),
        ("verbs_read_otherwise.txt", "build_verbs_read_otherwise.py"),
        ("verbs_things_do.txt", "build_verbs_things_do.py"),
        ("verbs_done_to_people.txt", "build_verbs_done_to_people.py"),
        ("verbs_taking_an_object.txt", "build_verbs_taking_an_object.py"),
        ("names_spelt_like_verbs.txt", "build_names_spelt_like_verbs.py"),
    ):
        assert (english / name).read_text(encoding="utf-8").startswith(f"# Built by scripts/{script} from WordNet 3.0")
        assert (REPO / "scripts" / script).is_file()
