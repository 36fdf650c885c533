"""A meeting abstract and the paper its authors published later, under another title, both cited by one configuration,
count one study as two sources (helper K3: Hyde & McInnes's 2020 AcademyHealth abstract, from Criminal Justice
Abstracts, beside Hyde et al. 2022 from Web of Science made a finding "moderate"). `round close --check` names the pair
with the merge that counts the study once, as it names a preprint beside its paper; an abstract of other authors, or
far older, is not named."""

from __future__ import annotations

from conftest import DATA

EXPORTS = DATA / "k3_reentry"


def _review(cmo):
    cmo("init", str(cmo.folder))
    cmo("ingest", str(EXPORTS / "ebsco_criminal_justice_abstracts.ris"), str(EXPORTS / "wos_savedrecs.bib"), code=None)
    keys = [source["key"] for source in cmo.json("sources", "list")]
    cmo("select", "include", *keys)
    return keys


def _one_configuration_of(cmo, *keys: str) -> None:
    for n, key in enumerate(keys):
        cmo(
            "code",
            "add",
            "--source",
            key,
            "--context",
            "veterans leaving prison",
            "--mechanism",
            f"a peer mentor drives them to appointments {n}",
            "--outcome",
            "appointments kept",
        )
    cmo("refine")
    cmo("configs", "new", "--statements", ",".join(f"S{n}" for n in range(1, len(keys) + 1)), "--domain", "safety")


def test_a_meeting_abstract_and_the_paper_it_became_in_one_configuration_are_named(cmo):
    keys = _review(cmo)
    assert "hyde2020peer" in keys and "hyde2022enhancing" in keys
    _one_configuration_of(cmo, "hyde2020peer", "hyde2022enhancing")
    done = cmo("round", "close", "--check", code=None)
    assert "counts hyde2020peer (a meeting abstract, 2020) and hyde2022enhancing (2022), by the same authors" in done.stderr
    assert "'cmo sources merge hyde2022enhancing hyde2020peer --force --note …'" in done.stderr


def test_a_meeting_abstract_of_other_authors_beside_a_paper_is_not_named(cmo):
    """Another topic's pair (two papers of one configuration beside an abstract by someone else) stays unsaid."""
    _review(cmo)
    _one_configuration_of(cmo, "hyde2020peer", "barrenger2019enacting", "adams2020forensic")
    stderr = cmo("round", "close", "--check", code=None).stderr
    assert "meeting abstract" not in stderr and "preprint" not in stderr


def test_a_meeting_abstract_merged_into_its_paper_gives_it_no_pages_of_another_journal(cmo, tmp_path):
    """Merged by hand (the check's own command), the abstract's pages in Health Services Research were the paper's:
    "Health & Justice, 10(1): 77–78" in the report and the BibTeX export."""
    _review(cmo)
    cmo("sources", "merge", "hyde2022enhancing", "hyde2020peer", "--force", "--note", "the abstract of the paper")
    cmo("export", "--format", "bib", "-o", str(tmp_path / "included.bib"))
    entry = (tmp_path / "included.bib").read_text(encoding="utf-8").split("hyde2022enhancing", 1)[1].split("\n}", 1)[0]
    assert "volume = {10}" in entry and "pages" not in entry


def test_one_journal_written_otherwise_is_no_other_journal():
    from cmo.bib.dedupe import other_journals

    assert other_journals("Health & Justice", "Health Services Research")
    assert not other_journals("HEALTH & JUSTICE", "Health & Justice")
    assert not other_journals("Psychiatr Rehabil J", "Psychiatric Rehabilitation Journal")
    assert not other_journals("Rev. neurol. (Paris)", "Revue Neurologique")
    assert not other_journals("Lancet (London, England)", "The Lancet")
    assert not other_journals("", "Health Services Research")
