"""Trial CH: a rapid realist review of remote and video GP consultations for adults with learning disabilities,
co-produced with an advisor who has a learning disability (exports as HMIC via Ovid, Publish or Perish and OpenAlex
write them)."""

from __future__ import annotations

import csv
import re
from pathlib import Path

import openpyxl
from sheet_reviews import activity_review

DATA = Path(__file__).parent / "data" / "trial_ch"


def test_a_charitys_own_report_of_one_word_is_grey_and_a_press_named_after_a_surname_is_not(cmo):
    """Fails on the old code: Mencap's report (author and publisher 'Mencap') was counted as peer-reviewed."""
    cmo("init", str(cmo.folder))
    cmo("ingest", str(DATA / "hmic-ovid-display.txt"), code=None)
    grey = {s["title"].split(":")[0]: (s["type"], s["grey"]) for s in cmo.json("sources", "list")}
    assert grey["My Health, My Life"] == ("book", True)
    assert grey["Notes on nursing for the labouring classes"] == ("book", False)


def _typed_up(path, header, *rows):
    """Paper easy-read forms typed into Excel by an administrator: one row per form, a face ticked per finding written
    as its word ('Yes', 'Not sure', 'No'), 'n/a' where none was ticked, the comment typed as it was said."""
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(header)
    for row in rows:
        sheet.append(row)
    book.save(path)
    return path


EASY_READ_HEADER = ["Form no", "Group", "CMO 1.1 (C1) Moving in lessons - smiley", "CMO 1.1 (C1) comments"]
EASY_READ_HEADER += ["CMO 1.2 (C2) The club is ours - smiley", "CMO 1.2 (C2) comments"]


def test_an_easy_read_forms_faces_typed_as_yes_not_sure_no_are_its_ratings(cmo, tmp_path):
    """Fails on the old code: 'cmo cannot tell which answer the column … - smiley holds', nothing imported."""
    school = activity_review(cmo, tmp_path)
    path = _typed_up(
        tmp_path / "Easy read feedback typed up.xlsx",
        EASY_READ_HEADER,
        ["1", "", "Yes", "I like moving", "Yes", ""],
        ["2", "", "Not sure", "", "n/a", ""],
        ["3", "", "No", "too noisy", "Yes", "we run it"],
    )
    done = school("feedback", "import", str(path), code=None)
    assert done.exit_code in (0, 1), done.stderr
    got = {(a["respondent"][-6:], a["configuration"]): (a["rating"], a["comment"]) for a in school.json("feedback", "list")}
    assert got[("row 2)", "C1")] == ("agree", "I like moving")
    assert got[("row 3)", "C1")][0] is None  # 'Not sure' rates nothing, as the pack's own form reads it
    assert got[("row 4)", "C1")] == ("disagree", "too noisy")
    assert got[("row 4)", "C2")] == ("agree", "we run it")


def test_yes_no_and_dont_know_under_a_finding_are_no_scale(cmo, tmp_path):
    """Must not fire: 'Don't know' answers a question of fact ('Has your school tried it?'), so Yes, No and Don't know
    columns say no rating, and the sheet is refused as before, naming the column."""
    school = activity_review(cmo, tmp_path)
    path = _typed_up(
        tmp_path / "tried it.xlsx",
        ["Form no", "C1: Has your school tried it?", "C1 comments", "C2: Has your school tried it?", "C2 comments"],
        ["1", "Yes", "", "No", ""],
        ["2", "Don't know", "", "Yes", ""],
        ["3", "No", "", "Don't know", ""],
    )
    done = school("feedback", "import", str(path), code=2)
    assert "cannot tell which answer the column 'C1: Has your school tried it?' holds" in done.stderr


def _pack_text(path: Path) -> str:
    return re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", path.read_text(encoding="utf-8")))


def test_a_groups_pack_is_for_the_group_itself_not_for_people_who_speak_for_it(cmo, tmp_path):
    """Fails on the old code: the pack for 'People with learning disabilities' (here the default 'Children and young
    people') said it was for "People who can speak for" them, as if others answered in their place."""
    school = activity_review(cmo, tmp_path)
    for_group, for_all = tmp_path / "cyp.html", tmp_path / "all.html"
    school("pack", "--group", "cyp", "-o", str(for_group))
    school("pack", "-o", str(for_all))
    cover = _pack_text(for_group).split("Who this pack is for", 1)[1].split("How to respond", 1)[0]
    assert cover.strip().startswith("Children and young people"), cover
    assert "and anyone answering for this group" in cover and "speak for" not in cover
    everyone = _pack_text(for_all).split("Who this pack is for", 1)[1].split("How to respond", 1)[0]
    assert everyone.strip() == "Everyone in the expert reference group and the priority stakeholder groups."


def test_a_pack_of_a_review_with_no_title_says_so_when_it_is_written(cmo, tmp_path):
    """Fails on the old code: the pack went out headed 'Untitled review' without a word (the report said it; the pack,
    which the group reads, did not)."""
    school = activity_review(cmo, tmp_path)
    first = school("pack", "-o", str(tmp_path / "first.html"))
    assert "has no title, so this pack's cover says 'Untitled review'" in first.stderr
    yaml = cmo.folder / "review.yaml"
    yaml.write_text(yaml.read_text(encoding="utf-8").replace("title: ''", "title: 'Active school days'"), encoding="utf-8")
    fresh = school("pack", "--fresh", "-o", str(tmp_path / "fresh.html"))
    assert "has no title" not in fresh.stderr  # must not fire: a titled review's pack
    assert "<h1>Active school days</h1>" in (tmp_path / "fresh.html").read_text(encoding="utf-8")


def test_a_title_cut_short_is_named_beside_the_work_it_begins_and_merges_without_force(cmo):
    """Fails on the old code: Publish or Perish's cut titles of Mencap's and the LeDeR report were two more sources,
    unsaid, and merging the LeDeR one was refused: "their titles carry different numbers (parts of a series)", the
    'for 2021' of HMIC's title being words the cut left out."""
    cmo("init", str(cmo.folder))
    done = cmo("ingest", str(DATA / "hmic-ovid-display.txt"), str(DATA / "PoPCites.csv"), code=1)
    sources = cmo.json("sources", "list")
    named = [line for line in done.stderr.splitlines() if "one title was cut short" in line]
    assert len(named) == 2, done.stderr  # Mencap's and the 2022 LeDeR report's; not the 2023 one
    mencap, mencap_cut = sorted(s["key"] for s in sources if s["title"].startswith("My Health"))
    assert any(f"'cmo sources merge {mencap} {mencap_cut}'" in line for line in named)
    leder, leder_cut = sorted(s["key"] for s in sources if s["title"].startswith("Learning") and s["year"] == 2022)
    assert any(f"'cmo sources merge {leder} {leder_cut}'" in line for line in named)
    cmo("sources", "merge", leder, leder_cut, "--note", "Google Scholar cut the title")
    assert len([s for s in cmo.json("sources", "list") if s["title"].startswith("Learning")]) == 2


def test_two_whole_titles_of_a_series_are_still_two_parts(cmo, tmp_path):
    """Must not fire: a title the tool did not cut that names another year is another part, its merge refused as before."""
    (tmp_path / "reports.ris").write_text(
        "TY  - RPRT\nAU  - Public Health Scotland\nTI  - Scottish burden of disease study: annual report for 2021\n"
        "PY  - 2022\nER  - \n\nTY  - RPRT\nAU  - Public Health Scotland\n"
        "TI  - Scottish burden of disease study: annual report for 2020\nPY  - 2022\nER  - \n",
        encoding="utf-8",
    )
    cmo("init", str(cmo.folder))
    done = cmo("ingest", str(tmp_path / "reports.ris"))
    assert "cut short" not in done.stderr
    first, second = sorted(s["key"] for s in cmo.json("sources", "list"))
    refused = cmo("sources", "merge", first, second, code=2)
    assert "parts of a series" in refused.stderr


def test_a_plus_sign_between_words_reads_and_in_a_title_and_a_sentence():
    """Fails on the old code: the pack for people with learning disabilities titled a finding "Caregiver sets up device +
    prompts the person", a coder's note sign, as "&" and "w/" are spelled out already."""
    from cmo.synthesis.wording import cmo_segments, title_for

    title = title_for("Patient has a caregiver who is confident with tech", "caregiver sets up device + prompts the person", "")
    assert title == "Caregiver sets up device and prompts the person"
    said = "".join(s.text for s in cmo_segments("Rural farms", "vet visits + phone advice reassure farmers", "fewer losses"))
    assert "vet visits and phone advice reassure farmers" in said


def test_a_plus_sign_inside_a_word_or_between_numbers_stays():
    """Must not fire: "A+E", "HIV+ men", "65+", "1 + 1" are no lists."""
    from cmo.synthesis.wording import cmo_segments

    said = "".join(s.text for s in cmo_segments("HIV+ men aged 65+ attending A+E", "staff count 1 + 1 doses", "safer dosing"))
    assert "HIV+ men aged 65+ attending A+E" in said and "1 + 1 doses" in said


SMART_SURVEY = ["UserID", "UserNo", "Name", "Email", "IP Address", "Unique ID", "Started", "Ended", "Tracking Link"]
SMART_SURVEY += ["Custom Value", "What is your role?", "Please tell us how far you agree with each finding:CMO 1.1 (C1)"]
SMART_SURVEY += ["Please tell us how far you agree with each finding:CMO 1.2 (C2)", "What is missing from these findings?"]


def _smart_survey(path: Path, *names: str) -> Path:
    """Smart Survey's 'Export > Raw data (CSV)': UTF-8 with a BOM, CRLF, every cell quoted, its own columns first."""
    with path.open("w", newline="", encoding="utf-8-sig") as handle:
        writer = csv.writer(handle, lineterminator="\r\n", quoting=csv.QUOTE_ALL)
        writer.writerow(SMART_SURVEY)
        for n, name in enumerate(names, 1):
            started = f"08/03/2026 1{n}:02:11"
            writer.writerow([str(88123400 + n), str(n), name, "", f"81.2.{n}.10", "", started, started, "Web Link", ""]
                            + ["Teacher", "Agree", "Disagree", ""])  # fmt: skip
    return path


def test_a_forms_name_column_left_blank_is_not_said_to_name_anyone(cmo, tmp_path):
    """Fails on the old code: "the column 'Name' names each respondent as they signed, so it was read as the pseudonym",
    then, of the same rows, "the form gives no pseudonym": Smart Survey's Name is blank unless a contact list filled it."""
    school = activity_review(cmo, tmp_path)
    done = school("feedback", "import", str(_smart_survey(tmp_path / "SmartSurvey_Export.csv", "", "")), "--round", "1", code=1)
    assert "'Name' names each respondent" not in done.stderr
    assert "the form asks for no pseudonym" in done.stderr


def test_a_forms_name_column_filled_in_still_names_them(cmo, tmp_path):
    """Must not fire: a Name column with names in it is each respondent's, as before."""
    school = activity_review(cmo, tmp_path)
    done = school(
        "feedback", "import", str(_smart_survey(tmp_path / "SmartSurvey_Export.csv", "Ruth", "Omar")), "--round", "1", code=None
    )
    assert "the column 'Name' names each respondent as they signed, so it was read as the pseudonym" in done.stderr
    assert {a["respondent"] for a in school.json("feedback", "list")} == {"Ruth", "Omar"}
