"""A name typed at the command line ('cmo sources show x') letters only the works cited alike in a year it writes: a
review of 50,000 sources lettered every group of them (3.5 s, 311 MB) to refuse 'x'. Every lettered citation still names
its work, and one that could mean several still lists each by its letter."""

from __future__ import annotations

from contextlib import closing

BIB = """% As Zotero exports them: two groups of works cited alike, in different years and topics.
@article{okafor2021nets,
  title = {Bed net use among pregnant women in rural Nigeria},
  author = {Okafor, Chidi and Bello, Amina and Musa, Ibrahim},
  year = {2021},
  journal = {Malaria Journal},
  doi = {10.1186/s12936-021-00001-x}
}

@article{okafor2021clinics,
  title = {Antenatal clinics as a route to malaria prevention},
  author = {Okafor, Chidi and Eze, Ngozi and Adeyemi, Tunde},
  year = {2021},
  journal = {Malaria Journal},
  doi = {10.1186/s12936-021-00002-x}
}

@article{lindqvist2017falls,
  title = {Falls prevention classes in sheltered housing},
  author = {Lindqvist, Anna and Berg, Johan and Nilsson, Erik},
  year = {2017},
  journal = {Age and Ageing},
  doi = {10.1093/ageing/afx001}
}

@article{lindqvist2017balance,
  title = {Balance training delivered by physiotherapists at home},
  author = {Lindqvist, Anna and Holm, Sara and Ek, Lars},
  year = {2017},
  journal = {Age and Ageing},
  doi = {10.1093/ageing/afx002}
}
"""


def _review(cmo, tmp_path):
    bib = tmp_path / "two-groups.bib"
    bib.write_text(BIB, encoding="utf-8")
    cmo("init", str(cmo.folder))
    cmo("ingest", str(bib))
    return cmo


def test_a_name_of_no_year_letters_no_group(cmo, tmp_path):
    from cmo.commands.review import open_review
    from cmo.commands.sources import key_aliases

    _review(cmo, tmp_path)
    review = open_review(cmo.folder)
    with closing(review.store):
        every = key_aliases(review)
        lettered = {name for name in every if name[-1:] in "ab" and name[-5:-1].isdigit()}
        assert lettered, every  # the two groups are lettered when a sheet is read
        for typed in ("x", "Smith", "unknown-key"):
            named = key_aliases(review, named=typed)
            assert not {name for name in named if name[-1:] in "ab" and name[-5:-1].isdigit()}, typed
        only_2017 = key_aliases(review, named="Lindqvist 2017b")
        assert {name for name in only_2017 if name in lettered} == {name for name in lettered if "2017" in name}


def test_every_lettered_citation_still_names_its_work_at_the_command_line(cmo, tmp_path):
    _review(cmo, tmp_path)
    typed = ("Okafor 2021a", "Okafor et al. 2021b", "Lindqvist 2017a")
    shown = {name: cmo.json("sources", "show", name)["key"] for name in typed}
    assert len(set(shown.values())) == 3
    refused = cmo("sources", "show", "Okafor 2021", code=2)
    assert "could be any of" in refused.stderr
    assert "Okafor et al. 2021a" in refused.stderr and "Okafor et al. 2021b" in refused.stderr
    assert "is not in this review" in cmo("sources", "show", "x", code=2).stderr
