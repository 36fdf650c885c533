"""Helper LZ (CS g): ingest said "58 linked to sources already there (24 as duplicates, 34 the same records read
again…)" while the next line said the 24 (Covidence's copies of records already in the review) were not counted as
duplicates: one word for one thing. A screening tool's copy is counted with the records read again. Tested on falls
prevention (a Rayyan export) and, where it must not fire, two searches finding one paper on oral health."""

from __future__ import annotations

SEARCH = (
    "TY  - JOUR\nAU  - Haddad, R.\nTI  - Falls clinics for older people: a qualitative study\nPY  - 2017\n"
    "DO  - 10.1000/falls.2017.1\nER  - \n"
    "TY  - JOUR\nAU  - Ito, Y.\nTI  - Home hazard assessment and falls\nPY  - 2019\nDO  - 10.1000/falls.2019.2\nER  - \n"
)
RAYYAN = (
    "key,title,authors,journal,year,doi,notes\n"
    '1,Falls clinics for older people: a qualitative study,"Haddad, R.",Age Ageing,2017,10.1000/falls.2017.1,'
    '"RAYYAN-INCLUSION: {""Ana""=>""Included""}"\n'
    '2,Home hazard assessment and falls,"Ito, Y.",Injury Prevention,2019,10.1000/falls.2019.2,'
    '"RAYYAN-INCLUSION: {""Ana""=>""Excluded""}"\n'
)


def test_a_screening_tools_copies_are_counted_as_read_again_not_as_duplicates(cmo, tmp_path):
    (tmp_path / "search.ris").write_text(SEARCH, encoding="utf-8")
    (tmp_path / "rayyan.csv").write_text(RAYYAN, encoding="utf-8")
    cmo("init", str(cmo.folder))
    cmo("ingest", str(tmp_path / "search.ris"))
    said = cmo("ingest", str(tmp_path / "rayyan.csv"))
    assert "not counted again as records identified" in said.stderr
    assert "2 linked to sources already there (2 the same records read again: counted once" in said.stdout, said.stdout
    assert "as duplicates" not in said.stdout
    assert cmo.json("ingest", str(tmp_path / "rayyan.csv"))["read_again"] == 0  # a third time: already in the review


def test_two_searches_finding_one_paper_are_still_duplicates(cmo, tmp_path):
    (tmp_path / "medline.ris").write_text(
        "TY  - JOUR\nAU  - Okafor, N.\nTI  - Fluoride varnish in nursery schools\nPY  - 2020\nDO  - 10.1000/oral.2020.7\n"
        "ER  - \n",
        encoding="utf-8",
    )
    (tmp_path / "embase.ris").write_text(
        "TY  - JOUR\nAU  - Okafor, N.\nTI  - Fluoride varnish in nursery schools.\nPY  - 2020\nDO  - 10.1000/oral.2020.7\n"
        "ER  - \n",
        encoding="utf-8",
    )
    cmo("init", str(cmo.folder))
    cmo("ingest", str(tmp_path / "medline.ris"))
    said = cmo("ingest", str(tmp_path / "embase.ris"))
    assert "1 linked to sources already there as duplicates" in said.stdout, said.stdout
