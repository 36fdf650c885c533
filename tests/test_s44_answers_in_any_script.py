"""Re-check 44: the rule that an answer saying there is nothing to write ('n/a', '-') is a blank cell judged answers by
their folded form, which keeps Latin letters only, so every answer written in Urdu, Bengali, Chinese or Cyrillic was
blanked and a row answered only in one was dropped. The demo review's telemental-health round, answers typed from forms."""

import csv


def test_an_answer_in_any_script_says_something_and_marks_alone_say_nothing():
    from cmo.sheets.feedback import says_nothing

    for written in ("اپنی زبان میں بات کرنا سب سے اہم ہے", "নিজের ভাষায় কথা বলা", "需要翻译", "Не для сільських громад", "Ça dépend"):
        assert not says_nothing(written), written
    for written in ("-", "—", ".", " / ", "n/a", "None.", "No comment"):
        assert says_nothing(written), written
    for written in ("No", "NAMI guidance", "3"):  # words and a figure say something
        assert not says_nothing(written), written


def test_answers_written_in_other_scripts_are_imported_as_written(demo, tmp_path):
    sheet = tmp_path / "answers.csv"
    with sheet.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        writer.writerow(["Pseudonym", "Configuration", "Rating", "What is missing or wrong?", "For whom does it not hold?"])
        writer.writerow(["Lark", "C1", "partly", "Не для сільських громад", "-"])
        writer.writerow(["Lark", "C2", "", "需要翻译", ""])  # answered only in Chinese: an answer, never dropped
    said = demo("feedback", "import", str(sheet), code=None)
    assert said.exit_code in (0, 1), said.stderr
    answers = {a["configuration"]: a for a in demo.json("feedback", "list", "--round", "1")}
    assert answers["C1"]["missing"] == "Не для сільських громад"
    assert answers["C1"]["not_for_whom"] == ""  # '-' still says nothing
    assert answers["C2"]["missing"] == "需要翻译"
