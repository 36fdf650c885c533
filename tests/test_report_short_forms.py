"""The report tells what the team's short forms mean (review.yaml `settings: short_forms:`) once, in the sentence a
pack tells its readers (`short_forms_told`, one function): a diabetes foot-care review's report showed "Pts with DM" in
its configurations table and appendix and never said what "DM" was, though the pack did. Tested on a topic other than
the one it was found on (trial CG: dental antibiotic prescribing)."""

from __future__ import annotations

from sheet_reviews import coded_pair

TOLD = "Short forms you will see: \u201cpt\u201d means patient; \u201cDM\u201d means diabetes mellitus."


def _review(cmo, tmp_path, row: str):
    coded_pair(cmo, tmp_path, row)


def test_the_report_tells_the_team_s_short_forms_once_as_the_pack_does(cmo, tmp_path):
    _review(
        cmo,
        tmp_path,
        "Pts with DM attending foot clinics,Podiatrists who explain the risk make it feel real,Pts check their feet",
    )
    yaml = cmo.folder / "review.yaml"
    yaml.write_text(
        yaml.read_text(encoding="utf-8")
        + "settings:\n  short_forms:\n    pt: patient\n    DM: diabetes mellitus\n    GP: general practitioner\n"
    )
    cmo("round", "close", code=None)
    cmo("pack")
    assert TOLD in (cmo.folder / "packs" / "pack-round-1.html").read_text(encoding="utf-8")
    for name in ("report.md", "report.html"):
        cmo("report", "-o", str(tmp_path / name), code=1)  # exit 1: no title or question written
        text = (tmp_path / name).read_text(encoding="utf-8")
        assert text.count(TOLD) == 1, name  # once; "GP", which nothing shows, is not told
        assert text.index(TOLD) > text.index("Configurations by domain")


def test_a_report_without_short_forms_or_with_none_shown_tells_none(cmo, tmp_path):
    # Must not fire: a falls-prevention review written in full words, with a short form the team defined but never used.
    _review(cmo, tmp_path, "Older people living alone,A named nurse who listens builds trust,Older people keep exercising")
    cmo("report", "-o", str(tmp_path / "plain.md"), code=1)  # exit 1: no title or question written
    assert "Short forms" not in (tmp_path / "plain.md").read_text(encoding="utf-8")
    yaml = cmo.folder / "review.yaml"
    yaml.write_text(yaml.read_text(encoding="utf-8") + "settings:\n  short_forms:\n    pt: patient\n")
    cmo("report", "-o", str(tmp_path / "defined.md"), code=1)  # exit 1: no title or question written
    assert "Short forms" not in (tmp_path / "defined.md").read_text(encoding="utf-8")
