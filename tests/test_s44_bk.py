"""Trial BK (community health workers and diabetes in South Asian communities; Embase and Global Health via Ovid, the
Cochrane Library, Zotero, an Excel coding sheet of two reviewers): a DOI an export writes as a link escapes it is the
DOI it escapes, so the same trial from two databases is one source. Each rule is tested on another topic: perinatal
mental health."""

from __future__ import annotations

from sheet_reviews import review_of, write_csv

from cmo.normalise import normalise_doi, written_doi

OVID_EMBASE = """TY  - JOUR
DB  - Embase
AN  - 631234567
T1  - Peer support for postnatal depression in rural districts: a cluster randomised controlled trial
A1  - Okafor C.
A1  - Lindgren M.
Y1  - 2020//
JF  - The Lancet Psychiatry
VL  - 7
IS  - 4
SP  - 301
EP  - 310
M3  - Article
DO  - https://dx.doi.org/10.1016/S2215-0366%2820%2930044-1
ER  -
"""

CENTRAL = """TY  - JOUR
ID  - CN-02091234
AU  - Okafor, C
AU  - Lindgren, M
TI  - Peer support for postnatal depression in rural districts: a cluster randomised controlled trial
JO  - Lancet psychiatry
PY  - 2020
VL  - 7
IS  - 4
SP  - 301
EP  - 310
DO  - 10.1016/S2215-0366(20)30044-1
ER  -
"""

ANOTHER_WORK = """TY  - JOUR
ID  - CN-02095555
AU  - Okafor, C
TI  - Peer support for postnatal depression: a protocol
JO  - Trials
PY  - 2020
DO  - 10.1016/S2215-0366(20)30045-9
ER  -
"""


def test_a_doi_written_with_a_link_s_escapes_is_the_doi_it_escapes():
    """Trial BK: Ovid's `10.1016/S0140-6736%2808%2960764-3` was kept as written and compared as another DOI."""
    assert written_doi("https://dx.doi.org/10.1016/S2215-0366%2820%2930044-1") == "10.1016/S2215-0366(20)30044-1"
    assert normalise_doi("10.1002/(SICI)1097-4571(199806)49:8%3C693::AID-ASI3%3E3.0.CO;2-O") == (
        "10.1002/(sici)1097-4571(199806)49:8<693::aid-asi3>3.0.co;2-o"
    )
    assert written_doi("10.1234/rate%zz") == "10.1234/rate%zz"  # a '%' that escapes nothing stays as written


def test_one_trial_from_ovid_and_the_cochrane_library_is_one_source_cited_once(cmo, tmp_path):
    """Trial BK: the trial from Embase (escaped DOI) and CENTRAL (plain DOI) was two sources, cited 'Bellary et al.
    2008a' and '2008b', and `sources merge` refused them as DOIs that differ. A work with another DOI stays apart."""
    (tmp_path / "embase.ris").write_text(OVID_EMBASE, encoding="utf-8")
    (tmp_path / "central.ris").write_text(CENTRAL + "\n" + ANOTHER_WORK, encoding="utf-8")
    cmo("init", str(cmo.folder))
    cmo("ingest", str(tmp_path / "embase.ris"), str(tmp_path / "central.ris"), code=None)
    sources = cmo.json("sources", "list")
    assert len(sources) == 2, [s["title"] for s in sources]
    trial = next(s for s in sources if "cluster" in s["title"])
    shown = cmo("sources", "show", trial["key"]).output
    assert "10.1016/S2215-0366(20)30044-1" in shown and "%28" not in shown
    assert "same DOI" in shown and "2020a" not in shown


RECORDS = """TY  - JOUR
TI  - Peer supporters for mothers with postnatal depression: a qualitative study
AU  - Haddad, Rana
PY  - 2021
JO  - Midwifery
DO  - 10.1016/midw.2021.0101
ER  -
"""

DOMAINS = """domains:
  - slug: support
    name: Peer support
    description: How peer supporters work with mothers after birth.
"""


def test_a_cell_that_says_see_above_holds_the_words_of_the_cell_above(cmo, tmp_path):
    """Trial BK: a context cell 'see above' was kept as the context, and the pack read 'In see above, …'. A cell that
    only mentions 'above' among its words is read as written."""
    keys = review_of(cmo, tmp_path, DOMAINS, RECORDS)
    haddad = keys["peer"]
    sheet = write_csv(
        tmp_path / "coding.csv",
        ["Study", "Context", "Mechanism", "Outcome"],
        [haddad, "Mothers isolated after a first birth", "A peer visits at home weekly", "Fewer mothers drop out"],
        [haddad, "see above", "Mothers feel understood by someone who has been there", "Mothers talk about low mood"],
        [haddad, "As above.", "ditto", "Mothers contact their midwife sooner"],
        [haddad, "Mothers aged above 35 years", '"', "Mothers keep attending groups"],
    )
    result = cmo("code", "import", str(sheet), code=None)
    assert result.exit_code in (0, 1), result.output
    statements = cmo.json("code", "list")
    assert [s["context"] for s in statements] == ["Mothers isolated after a first birth"] * 3 + ["Mothers aged above 35 years"]
    assert [s["mechanism"] for s in statements][2:] == ["Mothers feel understood by someone who has been there"] * 2
    assert "rows 3, 4" in result.stderr and "'Context'" in result.stderr and "'Mechanism'" in result.stderr


def test_a_resource_cell_that_types_both_parts_is_the_realist_split(cmo, tmp_path):
    """Trial BK: 'Resource: no remuneration; Response: CHWs lose motivation' typed in 'Mechanism (resource)', its
    response cell empty, kept its labels and titled a configuration 'Response: CHWs lose motivation'. A resource with
    a colon of its own beside a response is read as written."""
    keys = review_of(cmo, tmp_path, DOMAINS, RECORDS)
    haddad = keys["peer"]
    sheet = write_csv(
        tmp_path / "coding.csv",
        ["Study", "Context", "Mechanism (resource)", "Mechanism (response)", "Outcome"],
        [haddad, "Volunteer peers", "Resource: no expenses paid; Response: peers feel taken for granted", "", "Peers leave"],
        [haddad, "Mothers far from town", "Training: two days on listening", "Peers feel able to listen", "Mothers stay"],
    )
    cmo("code", "import", str(sheet), code=None)
    first, second = cmo.json("code", "list")
    assert (first["mechanism_resource"], first["mechanism_response"]) == ("no expenses paid", "peers feel taken for granted")
    assert first["mechanism"] == "no expenses paid; peers feel taken for granted"
    assert second["mechanism_resource"] == "Training: two days on listening"
    assert second["mechanism"] == "Training: two days on listening; Peers feel able to listen"
    cmo("refine", "--backend", "lexical", code=None)
    shown = cmo("configs", "list").output
    assert "Response:" not in shown and "resource:" not in shown.lower()
