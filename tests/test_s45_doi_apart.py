"""One DOI's two records (trial BT 4, on school nutrition here): kept apart by what a conflict names, they are named
with it and the merge that joins them; of one title, one numbered from page 1 (a full text's PDF) and one by the
issue's pages, they are one paper."""

from __future__ import annotations


def _ris(title: str, pages: tuple[str, str], doi: str = "10.1016/j.jsn.2019.04.007") -> str:
    return (
        f"TY  - JOUR\nTI  - {title}\nAU  - Okafor, Chidi\nAU  - Brennan, Siobhan\nPY  - 2019\nJO  - Journal of School Nutrition\n"
        f"VL  - 14\nIS  - 3\nSP  - {pages[0]}\nEP  - {pages[1]}\nDO  - {doi}\nER  - \n\n"
    )


def test_records_of_one_doi_kept_apart_by_a_number_are_named_with_the_merge(cmo, tmp_path):
    (tmp_path / "one.ris").write_text(_ris("School breakfast clubs and attendance in deprived areas", ("301", "312")))
    (tmp_path / "two.ris").write_text(_ris("Breakfast clubs serving 120 schools: attendance and learning", ("301", "312")))
    cmo("init", str(cmo.folder))
    cmo("ingest", str(tmp_path / "one.ris"))
    result = cmo("ingest", str(tmp_path / "two.ris"), code=1)
    assert "the same DOI as 'okafor2019school', but their titles carry different numbers" in result.stderr
    assert len(cmo.json("sources", "list")) == 2  # nothing merged behind the reviewer's back
    merge = result.stderr.split("'cmo sources merge ")[1].split("'")[0]
    assert merge.endswith(" --force"), "a conflict holds them apart: the merge the line gives is one that runs"
    cmo("sources", "merge", *merge.split())
    assert len(cmo.json("sources", "list")) == 1


def test_one_papers_full_text_numbered_from_page_one_is_that_paper(cmo, tmp_path):
    title = "School breakfast clubs and attendance in deprived areas"
    (tmp_path / "medline.ris").write_text(_ris(title, ("301", "312")))
    (tmp_path / "fulltext.ris").write_text(_ris(title, ("1", "12")))
    cmo("init", str(cmo.folder))
    cmo("ingest", str(tmp_path / "medline.ris"), str(tmp_path / "fulltext.ris"))
    assert len(cmo.json("sources", "list")) == 1


def test_two_papers_of_other_dois_paged_from_one_and_elsewhere_stay_apart(cmo, tmp_path):
    (tmp_path / "a.ris").write_text(_ris("School breakfast clubs and attendance in deprived areas", ("301", "312")))
    other = _ris("School breakfast clubs and attendance in deprived areas", ("1", "12"), doi="10.1016/j.jsn.2019.09.001")
    (tmp_path / "b.ris").write_text(other.replace("VL  - 14", "VL  - 15"))
    cmo("init", str(cmo.folder))
    cmo("ingest", str(tmp_path / "a.ris"), str(tmp_path / "b.ris"), code=None)
    assert len(cmo.json("sources", "list")) == 2
