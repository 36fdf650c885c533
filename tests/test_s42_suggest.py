"""A citation whose year is mistyped into no year ("Albasri 2108") still gets its "did you mean" (trial AZ: none was
offered). Topic: falls prevention exercise classes."""

from __future__ import annotations

RECORDS = """TY  - JOUR
TI  - Multicomponent exercise classes to prevent falls in older people living at home
AU  - Okonkwo, Adaeze
PY  - 2019
JO  - Age and Ageing
ER  -

TY  - JOUR
TI  - Home hazard assessment after a fall
AU  - Lindqvist, Berit
PY  - 2021
JO  - BMC Geriatrics
ER  -
"""


def _review(cmo, tmp_path):
    (tmp_path / "refs.ris").write_text(RECORDS, encoding="utf-8")
    cmo("init", str(cmo.folder))
    cmo("ingest", str(tmp_path / "refs.ris"))
    cmo("select", "include", *[s["key"] for s in cmo.json("sources", "list")])


def test_a_citation_with_its_year_mistyped_into_no_year_is_offered_its_source(cmo, tmp_path):
    _review(cmo, tmp_path)
    sheet = tmp_path / "coding.csv"
    sheet.write_text(
        "source,context,mechanism,outcome\nOkonkwo 2109,Older people living alone,classes build confidence to move,fewer falls\n",
        encoding="utf-8",
    )
    said = cmo("code", "import", str(sheet), code=2).stderr
    assert "'Okonkwo 2109' is not a source in this review (did you mean 'okonkwo2019multicomponent'?)" in said


def test_a_citation_of_an_author_the_review_lacks_is_offered_nothing_by_its_digits(cmo, tmp_path):
    _review(cmo, tmp_path)
    sheet = tmp_path / "coding.csv"
    sheet.write_text(
        "source,context,mechanism,outcome\nPemberton 2109,Older people living alone,classes build confidence,fewer falls\n",
        encoding="utf-8",
    )
    said = cmo("code", "import", str(sheet), code=2).stderr
    assert "did you mean" not in said


def test_a_dblp_key_is_the_databases_record_id_never_the_sources_key(cmo, tmp_path):
    """Re-check of trial AX: dblp's `DBLP:conf/ichi/TahaKO21` stayed the source's key where its file was read first."""
    (tmp_path / "dblp.bib").write_text(
        "@article{DBLP:journals/jamia/OkaforLW22,\n  author = {Chidi Okafor and Mei Lin and Sarah Walsh},\n"
        "  title = {Online Repeat Prescribing in General Practice},\n  journal = {J. Am. Medical Informatics Assoc.},\n"
        "  volume = {29},\n  pages = {101--109},\n  year = {2022}\n}\n",
        encoding="utf-8",
    )
    cmo("init", str(cmo.folder))
    cmo("ingest", str(tmp_path / "dblp.bib"))
    assert [s["key"] for s in cmo.json("sources", "list")] == ["okafor2022online"]
