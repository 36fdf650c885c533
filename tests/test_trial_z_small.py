"""Trial Z, odd wording: a merge's lettered citation told nothing of why (O3); configurations a round sent were listed
as decided though nobody decided anything on them (O4); the NLM's subtitle of a journal stayed when a RIS file was
read (O5); a body's key from its initials missed the initials its record gives ("nihce" for NICE, O6)."""

from __future__ import annotations

from cmo.models import Provenance, Record

# O3 -- another topic (green space and mental health): one paper three databases gave with three different DOIs, so
# de-duplication holds them apart, and another paper by the same authors in the same year.
_PAPER = """TY  - JOUR
TI  - {title}
AU  - Okafor, Chidi
AU  - Varga, Lena
AU  - Brandt, Mats
PY  - 2021
JO  - Landscape and Urban Planning
DO  - {doi}
ER  -
"""
SAME = "Urban parks and loneliness in older adults: a mixed-methods study"
OTHER = "Community gardens and wellbeing: a realist evaluation"


def _sources(cmo, tmp_path, papers: list[tuple[str, str]]) -> list[str]:
    cmo("init", str(cmo.folder))
    path = tmp_path / "parks.ris"
    path.write_text("\n".join(_PAPER.format(title=title, doi=doi) for title, doi in papers), encoding="utf-8")
    cmo("ingest", str(path), code=None)
    return sorted(s["key"] for s in cmo.json("sources", "list"))


def test_a_merge_says_why_the_source_it_keeps_is_lettered(cmo, tmp_path):
    """Three copies of a paper merged one by one: after the first merge the kept source is "2021a" because the third
    copy is still cited alike; the message names it, and that it has the same title. The last merge leaves no letter."""
    kept, second, third = _sources(
        cmo, tmp_path, [(SAME, "10.5555/parks.1"), (SAME, "10.5555/parks.2"), (SAME, "10.5555/parks.3")]
    )
    first = cmo("sources", "merge", kept, second, "--force", "--note", "one paper").stdout
    assert f"into {kept} (Okafor et al. 2021a)" in first
    assert f"Okafor et al. 2021a, lettered: {third} (Okafor et al. 2021b) is cited alike" in first
    assert f"{third} has the same title: merge it too if it is the same work" in first
    last = cmo("sources", "merge", kept, third, "--force", "--note", "one paper").stdout
    assert f"into {kept} (Okafor et al. 2021)" in last
    assert "lettered" not in last


def test_a_merge_names_another_paper_cited_alike_without_calling_it_the_same(cmo, tmp_path):
    keys = _sources(cmo, tmp_path, [(SAME, "10.5555/parks.1"), (SAME, "10.5555/parks.2"), (OTHER, "10.5555/gardens")])
    gardens = next(s["key"] for s in cmo.json("sources", "list") if s["title"].startswith("Community"))
    kept, second = [key for key in keys if key != gardens]
    said = cmo("sources", "merge", kept, second, "--force", "--note", "one paper").stdout
    assert f"lettered: {gardens} (Okafor et al. 2021a) is cited alike" in said  # "Community…" comes first by title
    assert f"into {kept} (Okafor et al. 2021b)" in said
    assert "same title" not in said


# O4 -- the example review: round 1 closed and sent every configuration; no person decided on any.
def test_a_configuration_only_a_round_pinned_stands_as_sent_not_decided(demo):
    listed = {view["id"]: view for view in demo.json("configs", "list")}
    assert listed["C3"]["pinned"] and listed["C3"]["standing"] == "sent in round 1"
    assert {view["standing"] for view in listed.values()} == {"sent in round 1"}
    demo("configs", "edit", "C3", "--outcome", "staff feel able to raise concerns", "--note", "clearer outcome")
    demo("configs", "accept", "C4")
    listed = {view["id"]: view for view in demo.json("configs", "list")}
    assert listed["C3"]["standing"] == "decided"
    assert listed["C4"]["standing"] == "accepted"
    assert listed["C5"]["standing"] == "sent in round 1"
    assert demo.json("configs", "show", "C5")["standing"] == "sent in round 1"
    assert demo.json("configs", "show", "C3")["standing"] == "decided"
    listing = demo("configs", "list").stdout
    assert "[sent in round 1]" in listing and "[decided]" in listing and "[accepted]" in listing, "as the listing labels them"
    assert "[sent in round 1]" in demo("refine", code=None).stderr + demo("refine", code=None).stdout, "refine lists alike"


def test_a_configuration_no_round_sent_and_nobody_touched_has_no_standing(unsent):
    listed = unsent.json("configs", "list")
    assert listed and {view["standing"] for view in listed} == {""}


def test_standing_counts_every_round_that_sent_it(demo):
    from cmo.commands.refine import standing
    from cmo.commands.review import open_review
    from cmo.models import RoundSnapshot

    review = open_review(demo.folder)
    try:
        with review.store.transaction():
            first = review.store.rounds()[0]
            review.store.add_round(first.model_copy(update={"number": 2}))
        configs = review.store.configurations()
        assert isinstance(first, RoundSnapshot)
        assert standing(review, configs)["C1"] == "sent in rounds 1 and 2"
    finally:
        review.store.close()


# O5 -- the NLM's other title information after a spaced colon, whichever reader reads it.
def test_a_journal_loses_the_nlm_subtitle_but_keeps_its_own():
    from cmo.bib.citations import journal_title

    assert journal_title(
        "Nicotine & tobacco research : official journal of the Society for Research on Nicotine and Tobacco"
    ) == ("Nicotine & tobacco research")
    assert journal_title("Alzheimer's & dementia : the journal of the Alzheimer's Association") == "Alzheimer's & dementia"
    assert journal_title("Implementation science : IS") == "Implementation science"  # the abbreviation, as before
    assert journal_title("Journal of Physics : Conference Series") == "Journal of Physics : Conference Series"
    assert journal_title("Child: care, health and development") == "Child: care, health and development"
    assert journal_title("Social science & medicine (Oxford : 1982)") == "Social science & medicine (Oxford : 1982)"
    book = "Realist evaluation : an introduction for practitioners"
    assert journal_title(book, journal=False) == book


def test_a_ris_file_names_the_journal_as_its_publisher_does(cmo, tmp_path):
    """Europe PMC's RIS gives the NLM's title whole; the source keeps the journal's name, read first or linked later."""
    cmo("init", str(cmo.folder))
    record = """TY  - JOUR
AU  - Kowalczyk A
TI  - Quitline referrals from community pharmacies: a cohort study.
JO  - Nicotine & tobacco research : official journal of the Society for Research on Nicotine and Tobacco
PY  - 2019
DO  - 10.5555/ntr.77
ER  -
"""
    (tmp_path / "europepmc_export.ris").write_text(record, encoding="utf-8")
    cmo("ingest", str(tmp_path / "europepmc_export.ris"))
    (source,) = cmo.json("sources", "list")
    assert source["container"] == "Nicotine & tobacco research"


# O6 -- a body's initials as its record writes them.
def _key(author: str, publisher: str = "", url: str | None = None) -> str:
    from cmo.bib.linking import citation_key

    provenance = Provenance(file="grey.csv", line=2, format="table", key="")
    record = Record(
        key="",
        type="report",
        title="Falls prevention guideline",
        authors=[author],
        year=2013,
        publisher=publisher,
        url=url,
        provenance=provenance,
    )
    return citation_key(record)


def test_a_body_is_keyed_by_the_initials_its_record_gives():
    assert _key("National Institute for Health and Care Excellence", publisher="NICE") == "nice2013falls"
    assert (
        _key("National Institute for Health and Care Excellence", url="https://www.nice.org.uk/guidance/cg161") == "nice2013falls"
    )
    assert _key("National Institute for Health and Care Excellence (NICE)") == "nice2013falls"
    assert _key("Scottish Intercollegiate Guidelines Network", publisher="SIGN") == "sign2013falls"
    assert _key("World Health Organization", url="https://iris.who.int/handle/10665/1") == "who2013falls"


def test_a_body_without_its_initials_given_is_keyed_by_its_words_initials():
    assert _key("National Institute for Health and Care Excellence") == "nihce2013falls"
    assert _key("National Institute for Health and Care Excellence", publisher="Care Quality") == "nihce2013falls"
    assert _key("World Health Organization") == "who2013falls"
    assert _key("Agency for Healthcare Research and Quality") == "ahrq2013falls"
    assert _key("Social Care Institute for Excellence") == "scie2013falls"
    assert _key("National Institute for Health and Care Excellence", url="https://example.org/nhs/x") == "nihce2013falls"
