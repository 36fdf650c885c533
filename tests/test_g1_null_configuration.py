"""Helper G1: a configuration made only of a null finding ("…, which leads to little effect on health outcomes") was
listed as "1 source supports it", which reads as the mechanism working. Its sources found the outcome did not follow,
which is what it says: told so in `configs list`, the pack and the report, until the team marks a member as support."""

from __future__ import annotations

from sheet_reviews import write_csv


def _review(cmo, tmp_path, *rows):
    (tmp_path / "refs.bib").write_text(
        "@article{Ahmed2020,\n  title = {Community health workers in villages},\n  author = {Ahmed, A.},\n"
        "  journal = {J Rural Health},\n  year = {2020}\n}\n"
        "@article{Berg2021,\n  title = {Home visits on estates},\n  author = {Berg, B.},\n"
        "  journal = {Midwifery},\n  year = {2021}\n}\n",
        encoding="utf-8",
    )
    coding = write_csv(tmp_path / "coding.csv", ["source", "context", "mechanism", "outcome", "quote", "coder"], *rows)
    cmo("init", str(cmo.folder))
    cmo("ingest", str(tmp_path / "refs.bib"), code=None)
    cmo("select", "include", "Ahmed2020", "Berg2021", "--by", "RT", code=None)
    cmo("code", "import", str(coding), "--by", "RT", code=None)
    cmo("refine", "--backend", "lexical", code=None)
    return cmo


def test_a_configuration_of_a_null_finding_is_not_said_to_be_supported(cmo, tmp_path):
    _review(
        cmo,
        tmp_path,
        ["Ahmed2020", "Rural villages with few clinics", "community health workers visit once and leave leaflets",
         "little effect on health outcomes", "q", "RT"],
        ["Berg2021", "Urban estates", "mothers trust the home visitor", "more mothers attend antenatal care", "q", "RT"],
    )  # fmt: skip
    listed = cmo("configs", "list").stdout
    null = listed.split("C2")[0]
    assert "1 source reports the outcome did not follow, as it says" in null and "supports it" not in null, listed
    assert "'cmo code mark S1 --supporting C1' counts it as support" in null
    assert "1 source supports it" in listed.split("C2")[1]  # the other finding, as before
    cmo("code", "mark", "S1", "--supporting", "C1", "--note", "the null is what C1 says")
    assert "1 source supports it" in cmo("configs", "list").stdout.split("C2")[0]  # the team's word is final


def test_an_outcome_that_came_though_it_is_a_denial_or_a_harm_is_still_support(cmo, tmp_path):
    """Must not fire (another topic, school exclusion): "they drop out", "so they do not seek help" and a harm report an
    outcome that came, not a change that did not."""
    _review(
        cmo,
        tmp_path,
        ["Ahmed2020", "Pupils excluded from mainstream school", "they feel written off by teachers", "they drop out",
         "q", "RT"],
        ["Berg2021", "Pupils in alternative provision", "staff judge them on their record",
         "so they do not seek help", "q", "RT"],
    )  # fmt: skip
    listed = cmo("configs", "list").stdout
    assert "did not follow, as it says" not in listed and listed.count("1 source supports it") == 2, listed
