"""Helper K6: medRxiv's and bioRxiv's BibTeX name an entry by its DOI's number, after the first author's name or alone
(`Okafor2022.11.02.22281856`, `2023.05.12.23289876v1`). No person chose such a key: the source gets cmo's author-year
key, as a Scopus key of author, year and page does, and the file's key still names it (a sheet citing it resolves)."""

from __future__ import annotations

from conftest import DATA

from cmo.normalise import is_generated_key

FILE = DATA / "k6_medrxiv" / "medrxiv.bib"


def test_a_key_that_is_the_works_doi_number_is_generated():
    doi = "10.1101/2022.11.02.22281856"
    assert is_generated_key("Okafor2022.11.02.22281856", ["Okafor, Ngozi"], 2022, "", doi)
    assert is_generated_key("2022.11.02.22281856v2", ["Okafor, Ngozi"], 2022, "", doi)


def test_a_persons_key_beside_a_doi_is_kept():
    doi = "10.1101/2022.11.02.22281856"
    assert not is_generated_key("okafor2022community", ["Okafor, Ngozi"], 2022, "", doi)
    assert not is_generated_key("Okafor2022", ["Okafor, Ngozi"], 2022, "", doi)
    assert not is_generated_key("Ali2022.11.02.22281856", ["Okafor, Ngozi"], 2022, "", doi)  # another's name
    assert not is_generated_key("smith", ["Smith, Jo"], 2020, "", "10.1000/smith")  # a DOI with no number


def test_medrxiv_entries_get_author_year_keys_and_the_files_keys_still_name_them(cmo):
    cmo("init", str(cmo.folder))
    cmo("ingest", str(FILE), code=None)
    assert sorted(s["key"] for s in cmo.json("sources", "list")) == ["okafor2022community", "tawhiri2023peer"]
    assert cmo.json("sources", "show", "Okafor2022.11.02.22281856")["key"] == "okafor2022community"
    assert cmo.json("sources", "show", "2023.05.12.23289876v1")["key"] == "tawhiri2023peer"
