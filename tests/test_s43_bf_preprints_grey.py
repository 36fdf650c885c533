"""Trial BF: medRxiv's own citation download labels each preprint a journal article (`TY  - JOUR`, `JF  - medRxiv`;
its BibTeX `@article{…, journal = {medRxiv}}`), and cmo counted such preprints as peer-reviewed support in the strength
of evidence, the packs and the report. A record posted on a preprint server is a preprint: unpublished, grey. Tested on
another topic: exercise referral schemes."""

from __future__ import annotations

RIS = """TY  - JOUR
T1  - Exercise referral schemes and physical activity at twelve months: a cohort study
AU  - Baptiste, Amara
Y1  - 2022/01/01
JF  - medRxiv
DO  - 10.1101/2022.03.14.22272301
SP  - 2022.03.14.22272301
ER  -

TY  - JOUR
T1  - Gene regulatory networks in exercising muscle
AU  - Okonjo, Tayo
PY  - 2020
JF  - Genome Research
VL  - 30
SP  - 1120
EP  - 1131
DO  - 10.1101/gr.261123.120
ER  -
"""

BIB = """@article{halvorsen2023referral,
  title = {Why people leave exercise referral early: interviews with leisure centre staff},
  author = {Halvorsen, Kari},
  journal = {SocArXiv},
  year = {2023},
  doi = {10.31235/osf.io/abcd1}
}
"""


def test_a_record_on_a_preprint_server_is_grey_and_a_journals_paper_is_not(cmo, tmp_path):
    (tmp_path / "medrxiv.ris").write_text(RIS, encoding="utf-8")
    (tmp_path / "socarxiv.bib").write_text(BIB, encoding="utf-8")
    cmo("init", str(cmo.folder))
    cmo("ingest", str(tmp_path / "medrxiv.ris"), str(tmp_path / "socarxiv.bib"))
    read = {s["title"].split()[0]: (s["type"], s["grey"]) for s in cmo.json("sources", "list")}
    assert read == {
        "Exercise": ("unpublished", True),
        "Why": ("unpublished", True),
        "Gene": ("article", False),  # a journal's paper whose DOI shares medRxiv's prefix (Cold Spring Harbor's)
    }
