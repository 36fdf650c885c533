"""Records read wrongly when a scoping review's real searches (Ovid PsycINFO, Ovid MEDLINE, ProQuest, Scopus; the shared
corpus's msm_* exports) were ingested into one review, each written here in its export's shape:

- APA PsycInfo titles a correction notice by the corrected paper's title in quotation marks, then ': Correction.'; Scopus
  titles the same notice 'Correction: …'. Read as a paper and a notice, the two records of one DOI were split apart.
- ProQuest gave one record its byline ('Darrel H. Higa, Nicole Crepaz, …, the … Project') as its title: with the
  paper's DOI, it was kept apart from the paper as if its title's numbers differed.
"""

from __future__ import annotations

ORIGINAL = "Number of psychosocial strengths predicts reduced HIV sexual risk behaviors among gay and bisexual men"
AUTHORS = ["Hart, Trevor A", "Noor, Syed W", "Adam, Barry D"]


def _ovid_psycinfo(title: str, doi: str, pages: str = "2380") -> str:
    """Ovid's RIS export of PsycINFO records (numbered, A1 authors, Y1 'YYYY//', DO a dx.doi.org address)."""
    authors = "".join(f"A1  - {author}\n" for author in AUTHORS)
    return (
        f"35. \nTY  - JOUR\nID  - 2018-28616-001\nDO  - http://dx.doi.org/{doi}\nT1  - {title}\n{authors}Y1  - 2018//\n"
        f"JF  - AIDS and Behavior\nVL  - 22\nIS  - 7\nSP  - {pages}\nPB  - Springer\nER  -  \n\n"
    )


def _scopus(title: str, doi: str, pages: str = ":2380") -> str:
    """Scopus's RIS export (AU 'Hart, T.A.', PY, SP as Scopus writes a one-page notice: ':2380')."""
    return (
        f"TY  - JOUR\nTI  - {title}\nT2  - AIDS and Behavior\nJ2  - AIDS Behav.\nVL  - 22\nIS  - 7\nSP  - {pages}\n"
        f"PY  - 2018\nDO  - {doi}\nAU  - Hart, T.A.\nAU  - Noor, S.W.\nAU  - Adam, B.D.\nER  - \n\n"
    )


def _keys_by_title(cmo) -> dict[str, int]:
    return {s["title"]: len(s["records"]) for s in cmo.json("sources", "list")}


def test_a_psycinfo_correction_titled_by_the_quoted_paper_is_one_work_with_scopus_s_correction(cmo, tmp_path):
    (tmp_path / "psycinfo.ris").write_text(_ovid_psycinfo(f'"{ORIGINAL}": Correction.', "10.1007/s10461-018-2154-x"))
    (tmp_path / "scopus.ris").write_text(_scopus(f"Correction: {ORIGINAL}", "10.1007/s10461-018-2154-x"))
    cmo("init", str(cmo.folder))
    cmo("ingest", str(tmp_path / "psycinfo.ris"), str(tmp_path / "scopus.ris"))
    assert list(_keys_by_title(cmo).values()) == [2]


def test_scopus_s_colon_before_a_notice_s_one_page_is_no_part_of_it(cmo, tmp_path):
    from cmo.normalise import normalise_pages

    (tmp_path / "scopus.ris").write_text(_scopus(f"Correction: {ORIGINAL}", "10.1007/s10461-018-2154-x"))
    cmo("init", str(cmo.folder))
    cmo("ingest", str(tmp_path / "scopus.ris"))
    assert [cmo.json("sources", "show", s["key"])["pages"] for s in cmo.json("sources", "list")] == ["2380"]
    assert [normalise_pages(p) for p in ("S1:23-S1:30", "e0123", "1381--95")] == ["S1:23-S1:30", "e0123", "1381-1395"]


def test_the_correction_stays_apart_from_the_paper_it_corrects(cmo, tmp_path):
    """The notice and the paper it corrects share title words and authors, never a DOI: two works."""
    (tmp_path / "psycinfo.ris").write_text(
        _ovid_psycinfo(f'"{ORIGINAL}": Correction.', "10.1007/s10461-018-2154-x")
        + _ovid_psycinfo(ORIGINAL, "10.1007/s10461-017-1904-5", pages="2100-2110")
    )
    cmo("init", str(cmo.folder))
    cmo("ingest", str(tmp_path / "psycinfo.ris"))
    assert sorted(_keys_by_title(cmo).values()) == [1, 1]


def test_which_titles_are_notices_by_a_quoted_title():
    from cmo.bib.dedupe import notice_kind

    assert notice_kind(f'"{ORIGINAL}": Correction.') == "erratum"
    assert notice_kind(f"\u201c{ORIGINAL}\u201d: Erratum") == "erratum"
    assert notice_kind(f'"{ORIGINAL}": Retraction') == "retraction"
    # another topic: a quoted phrase opening a paper's own title, and corrections that are the paper's subject
    assert notice_kind('"Doing the month": postpartum correction among Chinese women in Vancouver') == ""
    assert notice_kind('"We are not a correction service": probation officers on rehabilitation') == ""
    assert notice_kind("Hallux valgus: surgical correction") == ""
    assert notice_kind("Refractive error: correction in school children") == ""


BYLINE = (
    "Darrel H. Higa, Nicole Crepaz, Christina M. McDonald, Adebukola Adegbite-Johnson, Julia B. DeLuca, "
    "the Prevention Research Synthesis (PRS) Project"
)
HIGA = [
    "Higa, Darrel H, PhD",
    "Crepaz, Nicole, PhD",
    "McDonald, Christina M, MPH",
    "Adegbite-Johnson, Adebukola, MPH",
    "DeLuca, Julia B, MLS",
]


def test_a_proquest_record_titled_by_its_byline_joins_the_paper_of_its_doi(cmo, tmp_path):
    authors = "".join(f"AU  - {author}\n" for author in HIGA)
    (tmp_path / "proquest.ris").write_text(
        f"TY  - JOUR\nT1  - {BYLINE}\nAN  - 2392495176\nJF  - AIDS Education and Prevention\n{authors}Y1  - 2020/02//\n"
        "PY  - 2020\nSP  - 1\nVL  - 32\nIS  - 1\nDO  - http://dx.doi.org/10.1521/aeap.2020.32.1.1\nER  - \n\n"
    )
    (tmp_path / "medline.ris").write_text(
        "TY  - JOUR\nDB  - Ovid MEDLINE(R)\nID  - 32073309\nT1  - HIV Prevention Research on Men Who Have Sex With Men: "
        "A Scoping Review of Systematic Reviews, 1988-2017.\nA1  - Higa, Darrel H\nA1  - Crepaz, Nicole\nA1  - McDonald, "
        "Christina M\nY1  - 2020//\nJF  - AIDS Education & Prevention\nVL  - 32\nIS  - 1\nSP  - 1\nEP  - S7\n"
        "DO  - https://dx.doi.org/10.1521/aeap.2020.32.1.1\nER  - \n\n"
    )
    cmo("init", str(cmo.folder))
    said = cmo("ingest", str(tmp_path / "medline.ris"), str(tmp_path / "proquest.ris"))
    assert "parts of a series" not in said.stderr
    sources = cmo.json("sources", "list")
    assert len(sources) == 1 and sources[0]["title"].startswith("HIV Prevention Research"), sources


def test_which_titles_are_a_byline():
    from cmo.bib.dedupe import is_byline

    families = ["higa", "crepaz", "mcdonald", "adegbite johnson", "deluca"]
    assert is_byline(BYLINE, families)
    # another topic: titles listing things, whose authors' names are words of it
    assert not is_byline("Housing, health and care for older people", ["care", "health"])
    assert not is_byline("Smith and Jones revisited: a commentary, with notes", ["smith", "jones"])
    assert not is_byline("Mothers, fathers and carers: roles in rural Mali", ["li", "carers"])
    assert not is_byline("Parsons, Merton and the sociology of medicine", ["green", "parsons"])


LATEX_TITLES = r"""@InProceedings{gnad-hoffmann-icaps2015,
  author =       "Daniel Gnad and J{\"o}rg Hoffmann",
  title =        "Beating {LM}-Cut with h\({}^{\textup{max}}\) (Sometimes): Fork-Decoupled State Space Search",
  booktitle =    "Proceedings of the Twenty-Fifth International Conference on Automated Planning and Scheduling",
  year =         "2015",
  pages =        "88--96"
}

@InProceedings{fickert-hoffmann-ipc2018,
  author =       "Maximilian Fickert and J{\"o}rg Hoffmann",
  title =        "{OLCFF}: Online-Learning {$h^\textup{CFF}$}",
  booktitle =    "Ninth International Planning Competition (IPC-9): Planner Abstracts",
  year =         "2018",
  pages =        "38--41"
}

@Misc{christen-et-al-zenodo2026,
  author =       "Christen, Remo and Helmert, Malte",
  title =        "Code, benchmarks, and experiment data for the {SoCS} 2026 paper ``Open List Implementations in {A}$^*$''",
  year =         "2026",
  howpublished = "Zenodo"
}

@Article{carers2019,
  author =       "Ng, Ann and Li, Bo",
  title =        "Parents' and carers' views of a \$5 a day \mbox{voucher} scheme: a \emph{mixed-methods} study",
  journal =      "Health \& Social Care in the Community",
  year =         "2019"
}
"""


def test_latex_math_delimiters_styles_and_quotes_in_a_jabref_bibliography_become_text(cmo, tmp_path):
    """A research group's shared JabRef bibliography (the shared corpus's aibasel_literatur.bib): LaTeX's own math
    delimiters `\\(…\\)` were left in the title, `\\textup{CFF}` dropped whole ('h^'), TeX's ``quotes'' kept as typed."""
    (tmp_path / "literatur.bib").write_text(LATEX_TITLES, encoding="utf-8")
    cmo("init", str(cmo.folder))
    cmo("ingest", str(tmp_path / "literatur.bib"))
    titles = sorted(s["title"] for s in cmo.json("sources", "list"))
    assert titles == [
        "Beating LM-Cut with h^max (Sometimes): Fork-Decoupled State Space Search",
        "Code, benchmarks, and experiment data for the SoCS 2026 paper \u201cOpen List Implementations in A^*\u201d",
        "OLCFF: Online-Learning h^CFF",
        "Parents' and carers' views of a $5 a day voucher scheme: a mixed-methods study",  # another topic: as before
    ]


def test_a_name_whose_accented_letter_is_braced_is_split_into_family_and_given(cmo, tmp_path):
    """BibTeX writes an accented letter in a name as `J{\\"o}rg Hoffmann` (aibasel_literatur.bib): the accent's rule ate
    the group's closing brace, the name was left unparsed as 'Jörg Hoffmann' and cited by 'Jörg Hoffmann' whole. The
    same names written `M\\"{u}ller`, and a title's accents, read as before."""
    (tmp_path / "names.bib").write_text(
        "@InProceedings{hoffmann-icaps2010,\n"
        '  author = "J{\\"o}rg Hoffmann and H{\\\'e}ctor Geffner and Fran\\c{c}ois Chollet",\n'
        '  title = "Caf{\\\'e} and {\\"U}ber: Pr{\\"a}vention in {\\"O}sterreich",\n'
        '  booktitle = "Proceedings of ICAPS 2010",\n  year = "2010"\n}\n\n'
        '@Article{mueller2011,\n  author = "M\\"{u}ller, Hans and \\v{S}imon, Petr",\n'
        '  title = "Na\\"{\\i}ve planning",\n  journal = "Artificial Intelligence",\n  year = "2011"\n}\n',
        encoding="utf-8",
    )
    cmo("init", str(cmo.folder))
    cmo("ingest", str(tmp_path / "names.bib"))
    works = {s["year"]: s for s in cmo.json("sources", "list")}
    assert works[2010]["authors"] == ["Hoffmann, Jörg", "Geffner, Héctor", "Chollet, François"]
    assert works[2010]["title"] == "Café and Über: Prävention in Österreich"
    assert works[2010]["citation"] == "Hoffmann et al. 2010"
    assert works[2011]["authors"] == ["Müller, Hans", "Šimon, Petr"] and works[2011]["title"] == "Naïve planning"


CHILDREN = r"""@InProceedings{helmert-domshlak-icaps2009,
  author =       "Malte Helmert and Carmel Domshlak",
  title =        "Landmarks, Critical Paths and Abstractions: What's the Difference Anyway?",
  crossref =     "icaps2009",
  pages =        "162--169"
}

@InProceedings{richter-et-al-aaai2008,
  author =       "Silvia Richter and Malte Helmert and Matthias Westphal",
  title =        "Landmarks Revisited",
  crossref =     "aaai2008",
  pages =        "975--982"
}
"""
PARENT = r"""@Proceedings{icaps2009,
  title =        "Proceedings of the Nineteenth International Conference on Automated Planning and Scheduling",
  booktitle =    "Proceedings of the Nineteenth International Conference on Automated Planning and Scheduling",
  year =         "2009",
  publisher =    "AAAI Press"
}
"""


def test_entries_whose_crossref_parent_is_in_another_file_are_said_to_lack_its_fields(cmo, tmp_path):
    """A group's bibliography (aibasel_literatur.bib) keeps its proceedings in another file (aibasel_crossref.bib): 1,243
    works were ingested with no year and no word said. The entries whose parent the file holds take its fields."""
    (tmp_path / "literatur.bib").write_text(CHILDREN + "\n" + PARENT, encoding="utf-8")
    cmo("init", str(cmo.folder))
    said = cmo("ingest", str(tmp_path / "literatur.bib"))
    assert "literatur.bib: 1 entry takes fields by crossref from 1 entry the file does not hold (aaai2008)" in said.stderr
    years = {s["title"]: s["year"] for s in cmo.json("sources", "list")}
    assert years["Landmarks, Critical Paths and Abstractions: What's the Difference Anyway?"] == 2009
    assert years["Landmarks Revisited"] is None


def test_a_file_holding_every_parent_it_names_says_nothing_of_crossref(cmo, tmp_path):
    (tmp_path / "all.bib").write_text(CHILDREN.split("@InProceedings{richter")[0] + PARENT, encoding="utf-8")
    cmo("init", str(cmo.folder))
    said = cmo("ingest", str(tmp_path / "all.bib"))
    assert "crossref" not in said.stderr


def _papers3(key: str, title: str, authors: str, volume: str = "") -> str:
    """Papers3's BibTeX (through Better BibTeX, the shared corpus's bbt_cache_fill_1296_export.bib): a conference
    paper as an @article whose journal is the proceedings, its pages as the ACM Digital Library numbers each paper's."""
    volume_line = f"  volume = {{{volume}}},\n" if volume else ""
    return (
        f"@article{{{key},\n  title = {{{title}}},\n  author = {{{authors}}},\n  year = 2009,\n  month = jan,\n"
        f"  pages = {{1--10}},\n{volume_line}  journal = {{CHI '09: Proceeding of the twenty-seventh annual SIGCHI "
        "conference on Human factors in computing systems}\n}\n\n"
    )


def test_two_papers_each_paginated_from_one_in_proceedings_with_no_volume_stay_two(cmo, tmp_path):
    (tmp_path / "papers3.bib").write_text(
        _papers3(
            "Findlater:2009p4308",
            "Ephemeral {{Adaptation}}: {{The Use}} of {{Gradual Onset}} to {{Improve Menu Selection Performance}}",
            "Findlater, Leah and Moffatt, Karyn and McGrenere, Joanna and Dawson, Jessica",
        )
        + _papers3(
            "Findlater:2009p4312",
            "Comparing {{Semiliterate}} and {{Illiterate Users Ability}} to {{Transition}} from {{Audio}}+{{Text}} to "
            "{{Text}}-{{Only Interaction}}",
            "Findlater, Leah and Balakrishnan, Ravin and Toyama, Kentaro",
        ),
        encoding="utf-8",
    )
    cmo("init", str(cmo.folder))
    cmo("ingest", str(tmp_path / "papers3.bib"))
    assert len(cmo.json("sources", "list")) == 2


def test_one_paper_of_a_volume_titled_in_two_languages_on_pages_from_one_is_still_one(cmo, tmp_path):
    """Another topic: the same pages of one volume, year and first author are one work whatever its titles say, where
    both records name the volume (a nursing journal's article, its French and English titles)."""
    (tmp_path / "both.ris").write_text(
        "TY  - JOUR\nTI  - Les infirmières praticiennes en soins de santé primaires au Québec\nAU  - Tremblay, Marie\n"
        "AU  - Roy, Luc\nPY  - 2014\nT2  - Canadian Journal of Nursing Research\nVL  - 46\nSP  - 1\nEP  - 10\nER  - \n\n"
        "TY  - JOUR\nTI  - Primary health care nurse practitioners in Quebec: a survey of their practice\n"
        "AU  - Tremblay, M.\nAU  - Roy, L.\nPY  - 2014\nT2  - Canadian Journal of Nursing Research\nVL  - 46\nSP  - 1\n"
        "EP  - 10\nER  - \n\n",
        encoding="utf-8",
    )
    cmo("init", str(cmo.folder))
    cmo("ingest", str(tmp_path / "both.ris"))
    assert len(cmo.json("sources", "list")) == 1
