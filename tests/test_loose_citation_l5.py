"""A comment that cites a finding by its number while its words are about another finding's subject (helper L5, a
fault trial K0 left: a typed voice note "3.2, the champion left for Kampala and everything stopped" was filed on CMO 3.2,
'Team builds shared understanding…', without a word, though 'Champion reminds and models the checklist' is CMO 3.3).
The member's citation is kept, and the import says, naming file and row, which finding the words fit and how to move
it. Tested on the example review (crisis mental health care: CMO 1.2 is C8 'Staff quickly switch to remote working',
CMO 3.7 is C13 'Infection control takes over staff attention'; two titles open with 'Peers', C5's and C9's)."""

from __future__ import annotations

import csv


def _sheet(tmp_path, rows):
    sheet = tmp_path / "typed-voice-notes.csv"
    with sheet.open("w", encoding="utf-8", newline="") as out:
        writer = csv.writer(out)
        writer.writerow(["pseudonym", "configuration", "rating", "comment"])
        writer.writerows(rows)
    return sheet


def test_words_about_another_findings_subject_are_said_and_the_citation_kept(demo, tmp_path):
    """Fails on the old code: the answer went to C8 and nothing was said."""
    sheet = _sheet(tmp_path, [["Ines", "1.2", "Disagree", "infection control took all our time, nobody phoned anyone"]])
    said = demo("feedback", "import", str(sheet), code=None)
    assert [(f["configuration"], f["respondent"]) for f in demo.json("feedback", "list")] == [("C8", "Ines")]
    assert "typed-voice-notes.csv row 2: cites C8 ('1.2') and is kept there, as the member cited it" in said.stderr
    assert "fit C13's title ('infection control takes over staff attention') better" in said.stderr
    assert "write C13 in that row's configuration and import the file again" in said.stderr


def test_said_of_no_comment_whose_words_fit_the_cited_finding_or_no_other_clearly(demo, tmp_path):
    """Must not fire: words sharing the cited title's words, words naming a subject two titles share ('peers'), words
    naming no finding's subject, and a comment on the findings overall."""
    sheet = _sheet(
        tmp_path,
        [
            ["Ola", "3.7", "Agree", "infection control came first, always"],  # fits the cited finding
            ["Bo", "1.2", "Agree", "the peers were the ones who kept in touch with us"],  # 'peers': C5's and C9's subject
            ["Cy", "3.1", "Disagree", "the air conditioning has been broken for two years"],  # no finding's subject
            ["Di", "overall", "", "infection control was all anyone talked about"],  # cites no finding
        ],
    )
    said = demo("feedback", "import", str(sheet), code=None)
    assert sorted(f["configuration"] for f in demo.json("feedback", "list")) == ["C1", "C13", "C8", "overall"]
    assert "as the member cited it" not in said.stderr
