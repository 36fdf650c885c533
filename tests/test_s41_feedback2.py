"""Reference-group feedback, session 41, third part (trials AR and AQ):

- AR 4: a form's free-text question naming no configuration ('What is missing or wrong in any of these? Please say
  which one.', Typeform) was left unread (exit 1) and the group's richest answers lost until the column was renamed. A
  question holding one of the pack's own questions for words ('what is missing or wrong', 'for whom does it not hold',
  'anything we should read'), with other words around it, is read as that answer: about the findings overall where it
  names no configuration, about the one it names where it names one.
- AQ 5: a comment headed '(CMO 3.1-3.5)' was given to CMO 3.1 alone, silently. A header naming a range of
  configurations ('CMO 3.1-3.5', 'C3-C7') names each of them, so the column is not given to one: it is named, with the
  configurations of the range, and how to import it (exit 1).

Sentences are about library opening hours, school meals and flood wardens, not the trials' topics. Real files."""

from __future__ import annotations

from cmo.sheets.feedback import fold, parse_feedback_files

KNOWN = {"C1", "C2", "C3", "C4", "C5", "C6", "C7", "C8"}
# the table numbers a round's pack gives its configurations, as the review reads them back (folded -> id)
NAMES = {1: {fold("CMO 1.1"): "C1", fold("CMO 1.2"): "C2", fold("CMO 2.1"): "C4", fold("CMO 2.2"): "C6", fold("CMO 2.4"): "C7"}}


def _csv(tmp_path, name: str, lines: list[list[str]]):
    path = tmp_path / name
    path.write_text("\n".join(",".join(f'"{cell}"' for cell in line) for line in lines) + "\n", encoding="utf-8")
    return path


def _typeform(tmp_path, question: str):
    """A Typeform download: an id first, the questions as headers, a free-text question naming no configuration."""
    lines = [
        ["#", "Your made-up name", "How far do you agree with C1: Evening opening brings in shift workers?", question]
        + ["Submit Date (UTC)"],
        ["a1b2c3", "Puffin", "Agree", "C1: only if the bus still runs after nine.", "2026-11-02 10:00:00"],
        ["d4e5f6", "Gannet", "Disagree", "", "2026-11-02 10:05:00"],
    ]
    return _csv(tmp_path, "library-hours.csv", lines)


def test_a_question_holding_the_packs_what_is_missing_or_wrong_is_read_about_the_findings_overall(tmp_path):
    warnings: list[str] = []
    path = _typeform(tmp_path, "What is missing or wrong in any of these? Tell us which one, please.")
    items = parse_feedback_files([path], KNOWN, 1, warnings=warnings)
    # the answer opens with 'C1:', so it is Puffin's answer on C1, said (helper N5, trial DB 7)
    [puffin] = [item for item in items if item.respondent == "Puffin"]
    assert (puffin.configuration, puffin.missing) == ("C1", "C1: only if the bus still runs after nine.")
    assert not any("was not read" in warning for warning in warnings)
    assert any("('C1' to C1)" in warning for warning in warnings)


def test_a_question_asking_for_whom_this_does_not_hold_is_read_as_that_answer(tmp_path):
    items = parse_feedback_files([_typeform(tmp_path, "For whom does this not hold? (optional)")], KNOWN, 1, warnings=[])
    [puffin] = [item for item in items if item.respondent == "Puffin"]
    assert (puffin.configuration, puffin.not_for_whom) == ("C1", "C1: only if the bus still runs after nine.")


def test_a_question_about_one_configuration_with_words_after_the_packs_question_is_read_for_it(tmp_path):
    """'C2: What is missing or wrong? Say which part.' was refused whole ('cannot tell which answer')."""
    lines = [
        ["Name", "C2: Does this match your experience?", "C2: What is missing or wrong? Say which part."],
        ["Skua", "Partly", "Free meals stop in the holidays, when families need them most."],
    ]
    items = parse_feedback_files([_csv(tmp_path, "school-meals.csv", lines)], KNOWN, 1, warnings=[])
    [item] = items
    assert item.configuration == "C2" and item.missing.startswith("Free meals stop")


def test_a_question_naming_no_configuration_and_no_pack_question_is_still_named_unread(tmp_path):
    warnings: list[str] = []
    parse_feedback_files([_typeform(tmp_path, "Which branch do you use most?")], KNOWN, 1, warnings=warnings)
    assert any("'Which branch do you use most?'" in warning and "was not read" in warning for warning in warnings)


def _ranged(tmp_path, header: str):
    lines = [
        ["Timestamp", "Pseudonym", "Does this match your experience? [CMO 2.1 Wardens know which streets flood first]", header],
        ["2026/11/03 9:00:00 AM GMT", "Tern", "Yes", "Sandbags arrive after the water, whatever the wardens know."],
    ]
    return _csv(tmp_path, "flood-wardens.csv", lines)


def test_a_comment_headed_by_a_range_of_table_numbers_is_given_to_none_alone_and_named(tmp_path):
    warnings: list[str] = []
    path = _ranged(tmp_path, "Flood wardens (CMO 2.1-2.4): what is missing or wrong?")
    items = parse_feedback_files([path], KNOWN, 1, names=NAMES, warnings=warnings)
    assert not [item for item in items if item.missing]  # never CMO 2.1's (C4's) alone, nor the findings overall
    [said] = [warning for warning in warnings if "range of configurations" in warning]
    assert "(C4, C6 and C7)" in said and "was not read" in said


def test_a_comment_headed_by_a_range_of_ids_names_each_id_of_the_range(tmp_path):
    warnings: list[str] = []
    path = _ranged(tmp_path, "C4-C7: what is missing or wrong?")
    items = parse_feedback_files([path], KNOWN, 1, names=NAMES, warnings=warnings)
    assert not [item for item in items if item.missing]
    [said] = [warning for warning in warnings if "range of configurations" in warning]
    assert "(C4, C6 and C7)" in said  # the ids the review knows between them


def test_a_header_naming_one_table_number_is_still_read_for_it(tmp_path):
    path = _ranged(tmp_path, "Flood wardens (CMO 2.1): what is missing or wrong?")
    items = parse_feedback_files([path], KNOWN, 1, names=NAMES, warnings=[])
    [item] = items
    assert item.configuration == "C4" and item.missing.startswith("Sandbags")
