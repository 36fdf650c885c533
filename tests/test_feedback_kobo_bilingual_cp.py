"""Trial CP: a KoboToolbox form built in French and English. Its XML download's 'grp_info/pseudo' was not read as the
pseudonym (every respondent 'Anonymous (row N)'); its labels download's bilingual choices ('Oui / Yes', 'En partie /
Partly') refused the whole file as ratings not understood, its groups ('Infirmiers / Nurses') were none of the
review's, and 'Fin/Autres commentaires ?' (a question's label after its group's) was left unread. Files in
tests/data/trial_cp, written as KoboToolbox writes them (README there)."""

from __future__ import annotations

from pathlib import Path

from cmo.sheets.feedback import GroupLabels, parse_feedback_files

DATA = Path(__file__).parent / "data" / "trial_cp"
GROUPS = GroupLabels.of({"chw": "Community health workers", "nurses": "Nurses"}, {"chw": ("asc",), "nurses": ("infirmier",)})


def _read(name: str) -> tuple[list, list[str]]:
    warnings: list[str] = []
    items = parse_feedback_files([DATA / name], {"C1"}, 1, groups=GROUPS, warnings=warnings)
    return items, warnings


def test_the_xml_download_reads_pseudo_as_the_pseudonym():
    items, warnings = _read("Avis_CMO_tour_1_-_all_versions_-_False_-_2026-11-21-08-00-11.xlsx")
    assert {i.respondent for i in items} == {"Relais Kebemer 1", "Nurse Efua"}
    assert not any("pseudo" in w and "not read" in w for w in warnings), warnings


def test_the_labels_download_reads_bilingual_choices_groups_and_the_comment_after_its_group():
    items, warnings = _read("Avis_CMO_tour_1_-_labels_-_2026-11-21-08-01-02.csv")
    rated = {(i.respondent, i.group, i.rating) for i in items if i.configuration == "C1"}
    assert rated == {("Relais Kebemer 1", "chw", "agree"), ("Nurse Efua", "nurses", "partly")}
    assert [(i.respondent, i.comment) for i in items if i.configuration == "overall"] == [
        ("Relais Kebemer 1", "Il faut des tensiomètres")
    ]
    assert not any("not read" in w for w in warnings), warnings


def test_two_labels_that_lean_apart_or_name_two_groups_are_not_read_as_one(tmp_path):
    """Must not fire (another topic: a housing panel): 'Agree / Disagree' ticked as one answer is refused as a rating,
    and 'Tenants / Landlords' naming two groups is kept without a group."""
    sheet = tmp_path / "panel.csv"
    sheet.write_text(
        "Pseudonym,Group,C1: Does this match your experience?\nRowan,Tenants / Landlords,Agree\nAsh,Tenants,Agree / Disagree\n",
        encoding="utf-8",
    )
    groups = GroupLabels.of({"tenants": "Tenants", "landlords": "Landlords"})
    warnings: list[str] = []
    try:
        items = parse_feedback_files([sheet], {"C1"}, 1, groups=groups, warnings=warnings)
    except Exception as refused:  # the rating 'Agree / Disagree' leans both ways: nothing imported
        assert "Agree / Disagree" in str(refused)
    else:
        raise AssertionError(f"read {[(i.respondent, i.rating) for i in items]}")
    sheet.write_text("Pseudonym,Group,C1: Does this match your experience?\nRowan,Tenants / Landlords,Agree\n", encoding="utf-8")
    with_two = parse_feedback_files([sheet], {"C1"}, 1, groups=groups, warnings=[])
    assert [i.group for i in with_two if i.configuration == "C1"] != ["tenants"]
