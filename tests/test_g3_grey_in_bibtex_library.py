"""Helper G3, fault 5: a JabRef or Zotero biblatex library of papers beside grey documents (@report, @online) ingested
with no --origin counted its grey documents under 'database search' in the report's document flow, without a word.
Ingest says once how many such records the file held and how to record their route (`ingest._grey_in_library`)."""

from __future__ import annotations

import shutil

from conftest import DATA

LIBRARY = "zotero_biblatex.bib"  # a real biblatex library: articles, a book, @online, @report, @unpublished, @video


def _ingest(cmo, tmp_path, name: str, text: str | None = None, *options: str) -> str:
    if text is None:
        shutil.copy(DATA / "exports" / name, tmp_path / name)
    else:
        (tmp_path / name).write_text(text, encoding="utf-8")
    cmo("init", str(cmo.folder))
    return cmo("ingest", str(tmp_path / name), *options, code=None).stderr


def test_a_library_s_grey_records_are_said_once_with_the_way_to_set_their_route(cmo, tmp_path):
    """Fails on the old code: nothing said."""
    said = _ingest(cmo, tmp_path, LIBRARY)
    assert said.count("grey literature record") == 1
    assert f"{LIBRARY}: 4 grey literature records" in said
    assert "'cmo select origins FILE'" in said and "'database search'" in said


def test_an_origin_given_or_no_grey_record_is_not_said(cmo, tmp_path, cmo_factory):
    """Must not fire: the same library ingested with --origin; a library of journal articles on another topic; a
    thesis a database links to its own page (ProQuest's)."""
    assert "grey literature record" not in _ingest(cmo, tmp_path, LIBRARY, None, "--origin", "website")
    other = cmo_factory(tmp_path / "other")
    articles = """@article{okafor2021community,
  title = {Community health workers and childhood immunisation in northern Nigeria},
  author = {Okafor, Ngozi},
  journal = {Lancet Global Health},
  year = {2021},
}
@phdthesis{bello2020trust,
  title = {Trust in community health workers},
  author = {Bello, Ade},
  school = {University of Ibadan},
  year = {2020},
  url = {https://www.proquest.com/docview/2412345678},
}
"""
    assert "grey literature record" not in _ingest(other, tmp_path, "articles.bib", articles)
