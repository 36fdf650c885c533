"""Helper K1's trial: a rapid realist review of Indigenous-led continuity of midwifery care (Darwin, Winnipeg,
Auckland), run from the README on the team's own exports, coding sheet and reference-group feedback.

- A yarning circle's Zoom transcript (WebVTT) given to `cmo feedback import` was read as a CSV and refused saying a
  comma outside quotes cut a cell: the team was told to quote commas in a transcript. It is now named as a transcript,
  with what to do.
- A Zotero BibTeX title in TeX's single quotes ("`Birthing on Country' maternity service…") kept the backtick in
  every listing, pack and citation; TeX's `` `…' `` is ‘…’, as its ``` ``…'' ``` is “…”.
- "Remote Aboriginal women (Daly River region)" had 'Daly' named at `round close --check` as a short form a lay
  reader may not know: a capitalised word before a capitalised noun of a place's feature ("River", "Creek",
  "Island") is that place's name, as one before "district" or "region" is.
"""

from __future__ import annotations

import pytest
from conftest import DATA
from test_trial_h7 import _kellett, _one_configuration_of

from cmo.bib.readers.bibtex import decode_latex
from cmo.sheets.feedback import _a_transcript
from cmo.synthesis.shorthand import shorthand_in

TRANSCRIPTS = DATA / "zoom_transcripts"


def test_a_zoom_transcript_is_refused_as_a_transcript_not_misread_as_a_csv(cmo):
    """Fails on the old code: 'the row has 5 cells but the header has 2 columns … put the cell holding the comma in
    double quotes'."""
    preprint, _ = _kellett(cmo)
    _one_configuration_of(cmo, preprint, "kellett2022why")
    cmo("round", "close", code=1)
    done = cmo("feedback", "import", str(TRANSCRIPTS / "yarning_circle_round1.vtt"), code=2)
    assert "yarning_circle_round1.vtt: a meeting's transcript (WebVTT" in done.stderr
    assert "cmo feedback template -o answers.xlsx" in done.stderr
    assert "double quotes" not in done.stderr
    assert "F1" not in cmo("feedback", "list", code=None).stdout


def test_a_table_mentioning_webvtt_is_no_transcript():
    assert _a_transcript((TRANSCRIPTS / "yarning_circle_round1.vtt").read_text(encoding="utf-8"))
    assert not _a_transcript("Respondent,Configuration,Comment\nRuby,C1,WEBVTT captions were wrong\n")
    assert not _a_transcript("WEBVTT notes,Configuration\nno captions here,C1\n")  # no caption's timing line


@pytest.mark.parametrize(
    ("tex", "text"),
    [
        ("`Birthing on Country' maternity service delivery models", "‘Birthing on Country’ maternity service delivery models"),
        ("The `hidden curriculum' of surgical training", "The ‘hidden curriculum’ of surgical training"),  # another topic
        ("``Open List'' and `closed' wards", "“Open List” and ‘closed’ wards"),
        ("Women's and children's `one-stop' clinics", "Women's and children's ‘one-stop’ clinics"),  # apostrophes kept
        ("Parkinson's disease: patients' views", "Parkinson's disease: patients' views"),  # no quote opened: unchanged
    ],
)
def test_tex_single_quotes_are_typographic_quotes(tex, text):
    """Fails on the old code for the first four: the backtick kept."""
    assert decode_latex(tex) == text


@pytest.mark.parametrize(
    ("text", "named"),
    [
        ("Remote Aboriginal women (Daly River region) who birth in community", []),
        ("women from Tennant Creek evacuated to Darwin", []),
        ("families on Palm Island, no birthing service", []),  # another place, the same rule
        ("Pt Island transfers delayed", ["Pt"]),  # a shortening before a feature's noun is still the coder's
        ("Dx river crossing delays transfer", ["Dx"]),  # a feature in small letters names no place
    ],
)
def test_a_name_before_a_places_feature_is_a_place(text, named):
    """Fails on the old code for 'Daly' (named)."""
    assert shorthand_in(text) == named


@pytest.mark.parametrize(
    ("text", "named"),
    [
        ("women did not feel more satisfied than in std care", ["std"]),  # standard, read as WordNet's "STD"
        ("std dose given, no change in pain scores", ["std"]),  # another topic
        ("HIV testing in GP surgeries", []),  # initialisms everyone reads, in capitals: as before
        ("oh well, the app helped", []),  # WordNet's "OH" (Ohio), but a word sounded by its vowel: as before
    ],
)
def test_an_initialism_written_in_small_letters_is_a_short_form(text, named):
    """Fails on the old code for 'std' (passed, as WordNet writes 'STD')."""
    assert shorthand_in(text) == named


def test_an_erratum_citing_its_paper_by_year_volume_and_page_names_it(cmo):
    """Fails on the old code: 'Correction to Lancet Glob Health 2021; 9: e651-59' named no source it is about. The
    Lancet's 'Department of Error: Lancet 2019; 394: 1234-45' (another topic) names its paper, not a paper of the same
    year and first page in another volume."""
    cmo("init", str(cmo.folder))
    cmo.json("ingest", str(DATA / "pubmed_errata" / "errata_cited_by_journal.nbib"), code=1)
    by_pmid = {s["pmid"]: s["key"] for s in cmo.json("sources", "list")}
    correction = cmo.json("sources", "show", by_pmid["34019817"])
    assert correction["notice"] == "erratum" and correction["corrects"] == [by_pmid["33743199"]]
    error = cmo.json("sources", "show", by_pmid["31000003"])
    assert error["notice"] == "erratum" and error["corrects"] == [by_pmid["31000001"]]  # not volume 393's page 1234
    assert f"it is about {by_pmid['33743199']}" in cmo("sources", "show", by_pmid["34019817"]).stdout


@pytest.mark.parametrize(
    ("reported", "lessened"),
    [
        ("doula burnout, programme insecure", "doulas sustained, less burnout"),
        ("residents felt isolated", "reduced isolation among residents"),  # another topic: care homes
        ("staff stress", "less staff stress"),
    ],
)
def test_a_harm_reported_is_the_opposite_of_less_of_it(reported, lessened):
    """Fails on the old code: neither way round was read as opposite, so refine merged the two as one finding."""
    from cmo.synthesis.evidence import opposite_outcomes

    assert opposite_outcomes(reported, lessened) and opposite_outcomes(lessened, reported)


@pytest.mark.parametrize(
    ("reported", "lessened"),
    [
        ("staff burnout", "less patient anxiety"),  # another harm
        ("staff burnout", "less staff turnover"),
        ("nurse burnout", "less patient anxiety, nurse burnout"),  # it reports the harm too
        ("falls reported", "fewer falls"),  # a fall reported says nothing of how many (G2's)
        ("anxiety improved", "less anxiety"),  # a verb after the harm says how it went: both are better
    ],
)
def test_a_harm_reported_beside_less_of_another_is_no_opposite(reported, lessened):
    from cmo.synthesis.evidence import opposite_outcomes

    assert not opposite_outcomes(reported, lessened) and not opposite_outcomes(lessened, reported)
