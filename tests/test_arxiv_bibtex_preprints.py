"""Helper K4: arXiv's own BibTeX (`@misc`, `eprint`, `archivePrefix={arXiv}`, no journal) was read as a generic
record, not a preprint, so de-duplication linked the preprint into the journal paper it became by its title (the
README: a preprint and its paper are kept apart, and `round close --check` names them for a person to merge). The
server an entry's `archivePrefix` (or biblatex's `eprinttype`) names is where it was posted
(`bibtex._preprint_server`): a preprint, unpublished and grey."""

from __future__ import annotations

import shutil

from conftest import DATA

FILES = DATA / "arxiv"


def _sources(cmo, tmp_path, *names: str) -> dict[str, dict]:
    for name in names:
        shutil.copy(FILES / name, tmp_path / name)
    cmo("init", str(cmo.folder))
    cmo("ingest", *(str(tmp_path / name) for name in names), code=None)
    return {s["key"]: s for s in cmo.json("sources", "list")}


def test_an_arxiv_bibtex_entry_is_a_preprint_kept_apart_from_its_journal_paper(cmo, tmp_path):
    """Fails on the old code: one source of two records, the preprint a 'misc' linked by 'same title'."""
    sources = _sources(cmo, tmp_path, "arxiv.bib", "acm_journal.bib")
    assert sorted(sources) == ["siddiqa2022reads", "siddiqa2023who"]
    preprint = sources["siddiqa2022reads"]
    assert (preprint["type"], preprint["grey"], preprint["container"]) == ("unpublished", True, "arXiv")
    assert (sources["siddiqa2023who"]["type"], sources["siddiqa2023who"]["grey"]) == ("article", False)


def test_biblatex_eprints_of_jstor_and_pubmed_are_no_preprints(cmo, tmp_path):
    """Must not fire, on another topic (land tenure): `eprinttype` naming JSTOR or PubMed is an archive's number."""
    sources = _sources(cmo, tmp_path, "biblatex_eprints.bib")
    assert sources["boone2019land"]["type"] == "article" and sources["boone2019land"]["grey"] is False
    assert sources["boone2019land"]["container"] == "Journal of Development Studies"
    assert sources["lund2020tenure"]["type"] != "unpublished" and sources["lund2020tenure"]["container"] in ("", None)
