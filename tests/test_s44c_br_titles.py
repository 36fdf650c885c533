"""Trial BR (session 44c): the NLM's title in sentence case beside Web of Science's Title Case of it.

PubMed/MEDLINE writes a title in sentence case and keeps the capitals of the names in it; Web of Science (and Scopus)
capitalise every main word, a style. A source linked from both keeps the NLM's form, whichever file came first: read as
a title whose names had lost their capitals, the Title Case replaced it in every citation, pack and report. Tests on a
topic other than the trial's (falls prevention in care homes).
"""

from __future__ import annotations

import pytest

NBIB = """PMID- 31234567
OWN - NLM
STAT- MEDLINE
VI  - 19
IP  - 1
DP  - 2019 Mar
TI  - {nlm}.
PG  - 88-97
LID - 10.1186/s12877-019-1099-8 [doi]
FAU - Reid, Morag
AU  - Reid M
FAU - Boyle, Alan
AU  - Boyle A
LA  - eng
PT  - Journal Article
TA  - BMC Geriatr
JT  - BMC geriatrics
AID - 10.1186/s12877-019-1099-8 [doi]
SO  - BMC Geriatr. 2019 Mar;19(1):88-97.
"""

WOS_BIB = """@article{ WOS:000460000100001,
Author = {Reid, Morag and Boyle, Alan},
Title = {{{wos}}},
Journal = {BMC GERIATRICS},
Year = {2019},
Volume = {19},
Number = {1},
Pages = {88-97},
DOI = {10.1186/s12877-019-1099-8},
Unique-ID = {WOS:000460000100001},
}
"""

NLM_FORM = "Exercise to prevent falls in care homes in Scotland: a cluster randomised trial"
WOS_FORM = "Exercise to Prevent Falls in Care Homes in Scotland: A Cluster Randomised Trial"
NO_NAME = "Exercise to prevent falls in care homes: a cluster randomised trial"
NO_NAME_WOS = "Exercise to Prevent Falls in Care Homes: A Cluster Randomised Trial"


@pytest.mark.parametrize("order", [("medline.nbib", "savedrecs.bib"), ("savedrecs.bib", "medline.nbib")])
@pytest.mark.parametrize(("nlm", "wos"), [(NLM_FORM, WOS_FORM), (NO_NAME, NO_NAME_WOS)])
def test_the_nlm_sentence_case_is_the_title_whichever_file_came_first(cmo, tmp_path, order, nlm, wos):
    (tmp_path / "medline.nbib").write_text(NBIB.replace("{nlm}", nlm), encoding="utf-8")
    (tmp_path / "savedrecs.bib").write_text(WOS_BIB.replace("{{{wos}}}", "{" + wos + "}"), encoding="utf-8")
    cmo("init", str(cmo.folder))
    cmo("ingest", *(str(tmp_path / name) for name in order))
    [source] = cmo.json("sources", "list")
    assert len(source["records"]) == 2
    assert source["title"] == nlm


def test_title_case_still_gives_capitals_a_lowered_title_lost_where_no_nlm_record_says_otherwise(cmo, tmp_path):
    """Google Scholar's title, lowered after its first word ('…in scotland…'), still takes the capitals another record
    gives it where the source has no MEDLINE record: the rule keeps the NLM's form, not every lowered one."""
    scholar = (
        "@article{reid2019exercise,\n  title={Exercise to prevent falls in care homes in scotland: a cluster randomised trial},\n"
        "  author={Reid, Morag and Boyle, Alan},\n  journal={BMC geriatrics},\n  volume={19},\n  number={1},\n"
        "  pages={88--97},\n  year={2019}\n}\n"
    )
    (tmp_path / "scholar.bib").write_text(scholar, encoding="utf-8")
    (tmp_path / "savedrecs.bib").write_text(WOS_BIB.replace("{{{wos}}}", "{" + WOS_FORM + "}"), encoding="utf-8")
    cmo("init", str(cmo.folder))
    cmo("ingest", str(tmp_path / "scholar.bib"), str(tmp_path / "savedrecs.bib"))
    [source] = cmo.json("sources", "list")
    assert len(source["records"]) == 2
    assert source["title"] == WOS_FORM
