"""The BibTeX reader on real exports (expected counts) and on a fixture of known traps."""

from __future__ import annotations

import pytest
from conftest import CORPUS, DATA, need_shared

from cmo.bib.readers import bibtex
from cmo.bib.readers import parallel as readers_parallel
from cmo.textio import decode_file

# file: (records read, problems reported). Problems are unreadable blocks (unbalanced braces
# written by the exporter), keys used twice, repeated fields: each with its line. Keyless entries are no problem: keyed
# as any keyless record is and said once for the file (helper H6).
EXPECTED = {
    "aibasel_crossref.bib": (393, 0),
    "aibasel_literatur.bib": (2286, 0),
    "bbt_biblatex_export_3430.bib": (55, 0),
    "bbt_biblatex_particles_313.bib": (53, 0),
    "bbt_cache_fill_1296_export.bib": (3702, 23),
    "bbt_discarded_873.bib": (988, 15),
    "bbt_endnote_should_parse.bib": (1, 0),
    "bbt_jabref51_groups_1641.bib": (20, 0),
    "bbt_jabref_groups_97.bib": (911, 1),
    "bbt_mendeley_idiocy.bib": (509, 25),
    "bbt_online_type_1358.bib": (1, 0),
    "bbt_percent_preamble_95.bib": (1, 0),
    "bbt_plus_fieldname_2660.bib": (284, 1),
    "bbt_preamble_def_732.bib": (1, 0),
    "bbt_qiqqa.bib": (2, 0),
    "bbt_round_braces_871.bib": (1, 0),
    "bbt_space_after_key_716.bib": (2, 0),
    "bbt_string_subst_154.bib": (1, 0),
    "bbt_techreport_2752.bib": (1, 0),
    "bbt_unabbreviate_1436-3.bib": (7166, 0),
    "bibtexparser_gbk_encoded.bib": (1, 0),
    "bibtexparser_messy_bibfile.bib": (942, 2),
    "bibtexparser_traps.bib": (1, 0),
    "contextlab_cdl.bib": (6315, 0),
    "gisurgonc_zotero_health.bib": (1445, 2),
    "glottolog_ozbib.bib": (7233, 0),
    "glottolog_zurich.bib": (8744, 0),
    "iridia_articles.bib": (1509, 0),
    "mendeley_desktop_library.bib": (1329, 3),
    "msm_scoping_references.bib": (194, 3),
    "scopus_export_borealis.bib": (1113, 4),
    "wos_export_borealis_1.bib": (500, 0),
    "zotero_bbt_greylit_chestnut.bib": (86, 0),
}


def read_corpus(name: str):
    path = need_shared(CORPUS / "bibtex" / name)
    return bibtex.read(decode_file(path).text, name)


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_real_export_reads_with_expected_counts(name):
    result = read_corpus(name)
    assert (len(result.records), len(result.problems)) == EXPECTED[name]
    for problem in result.problems:
        assert problem.file == name and problem.line >= 1 and problem.message


def test_every_bibtex_file_in_the_corpus_has_an_expectation():
    names = {p.name for p in need_shared(CORPUS / "bibtex").glob("*.bib")}
    macro_only = {"aibasel_abbrv.bib", "iridia_abbrev.bib", "iridia_authors.bib", "iridia_journals.bib"}
    assert names - macro_only == set(EXPECTED)


@pytest.fixture(scope="module")
def traps():
    result = bibtex.read((DATA / "traps.bib").read_text(encoding="utf-8"), "traps.bib")
    return result, {record.key: record for record in result.records}


def test_macros_concatenation_months_and_latex(traps):
    _, records = traps
    smith = records["smith2020"]
    assert smith.container == "BMJ Open"
    assert smith.extra["month"] == "7"
    assert smith.authors == ["Smith, Jane", "Müller, Hans", "van der Berg, Anna"]
    assert smith.title == "Remote Therapy for Young People: a Realist Review"
    assert smith.doi == "10.1136/BMJOPEN-2020-012345"  # as the export wrote it; compared folded
    assert smith.pages == "1381-1395"
    assert smith.provenance.line == 4


def test_grey_literature_and_corporate_authors(traps):
    _, records = traps
    who = records["who2021"]
    assert who.type == "webpage" and who.grey
    assert who.authors == ["World Health Organization"]
    assert who.urldate == "2023-05-01" and who.url.startswith("https://www.who.int/")
    assert records["nhs2019"].type == "report" and records["nhs2019"].grey
    assert not records["smith2020"].grey


def test_crossref_inheritance(traps):
    _, records = traps
    assert records["jones2021"].container == "Proceedings of the Digital Mental Health Conference"
    assert records["jones2021"].year == 2021


def test_markup_in_titles_stays_text(traps):
    _, records = traps
    assert records["evil2022"].title.startswith('<script>alert("x")</script>')
    assert records["evil2022"].container == "Journal of Tests & Trials"


def test_duplicate_key_is_renamed_and_broken_block_reported_with_line(traps):
    result, records = traps
    assert records["smith2020-2"].title == "A different paper that reuses a key"
    messages = {(p.line, p.message.split(";")[0]) for p in result.problems}
    assert (44, "citation key 'smith2020' is used twice with different content") in messages
    assert any(p.line == 51 and "could not be read" in p.message for p in result.problems)
    assert "nhs2019" in records  # the entry after the broken one is still read


def test_uppercase_fields_and_parenthesis_delimiters():
    text = "@ARTICLE(upper1,\n  TITLE = {Upper Case},\n  AUTHOR = {Doe, J.},\n  YEAR = {1999}\n)\n"
    record = bibtex.read(text, "x.bib").records[0]
    assert (record.title, record.authors, record.year) == ("Upper Case", ["Doe, J."], 1999)


@pytest.mark.parametrize(
    "name, start_methods",
    [
        ("scopus_export_borealis.bib", None),
        ("bbt_mendeley_idiocy.bib", None),
        ("iridia_articles.bib", None),
        ("bibtexparser_messy_bibfile.bib", None),
        # where processes cannot fork (macOS, Windows), each part is sent to its worker instead
        ("bibtexparser_messy_bibfile.bib", ["spawn"]),
    ],
)
def test_reading_in_two_processes_gives_what_one_gives(monkeypatch, name, start_methods):
    """Large files are read in parts by two processes: nothing may differ, lines included."""
    path = need_shared(CORPUS / "bibtex" / name)
    text = decode_file(path).text
    serial = bibtex.read(text, name)
    monkeypatch.setattr(readers_parallel, "PARALLEL_FROM", 0)
    monkeypatch.setattr(readers_parallel.os, "cpu_count", lambda: 2)
    if start_methods:
        monkeypatch.setattr(readers_parallel.multiprocessing, "get_all_start_methods", lambda: start_methods)
    parallel = bibtex.read(text, name)
    assert [r.model_dump() for r in parallel.records] == [r.model_dump() for r in serial.records]
    assert sorted(p.as_dict().items() for p in parallel.problems) == sorted(p.as_dict().items() for p in serial.problems)


def test_macros_and_keys_across_parts(monkeypatch):
    text = '@string{jr = "Journal of Realist Reviews"}\n' + "".join(
        f"@article{{k{i % 50},\n  title = {{Title {i}}},\n  journal = jr,\n  year = 2020\n}}\n\n" for i in range(100)
    )
    monkeypatch.setattr(readers_parallel, "PARALLEL_FROM", 0)
    monkeypatch.setattr(readers_parallel.os, "cpu_count", lambda: 2)
    result = bibtex.read(text, "parts.bib")
    assert len(result.records) == 100 and {r.container for r in result.records} == {"Journal of Realist Reviews"}
    assert len({r.key for r in result.records}) == 100
    assert sum("used twice" in p.message for p in result.problems) == 50


def test_parts_read_like_the_whole_file_with_odd_crossref_and_string_lookalikes(monkeypatch):
    """Pre-scans of a large file must match what bibtexparser reads: `crossREF` in any case keeps
    the file in one part, and `@string{` inside a field's text defines nothing."""
    filler = "".join(f"@article{{f{i},\n  title = {{Filler {i}}},\n  year = 2020\n}}\n\n" for i in range(60))
    text = (
        "@inproceedings{child,\n  title = {A paper},\n  crossREF = {proc},\n  year = 2020\n}\n\n"
        "@misc{tip,\n  title = {How to},\n  note = {Write @string{jcn = {Fake Journal}} at the top}\n}\n\n"
        + filler
        + "@article{real,\n  title = {Real},\n  journal = jcn,\n  year = 2021\n}\n\n"
        + "@proceedings{proc,\n  title = {Proceedings of the Big Conference},\n  year = 2020\n}\n"
    )
    serial = bibtex.read(text, "odd.bib")
    monkeypatch.setattr(readers_parallel, "PARALLEL_FROM", 0)
    monkeypatch.setattr(readers_parallel.os, "cpu_count", lambda: 2)
    parallel = bibtex.read(text, "odd.bib")
    by_key = {r.key: r for r in parallel.records}
    assert by_key["child"].container == "Proceedings of the Big Conference"
    monkeypatch.setattr(bibtex, "_uses_crossref", lambda text: False)  # force the parts: the @string lookalike
    parts = {r.key: r for r in bibtex.read(text, "odd.bib").records}
    assert parts["real"].container == by_key["real"].container == "jcn"
    assert [r.model_dump() for r in parallel.records] == [r.model_dump() for r in serial.records]


def test_a_concatenation_with_an_undefined_abbreviation_keeps_the_names_apart():
    text = (
        '@string{jr = "Journal of Realist Reviews"}\n@article{a,\n  author = Arroyo_JEC # and # Armentano,\n'
        '  journal = jr # " (online)",\n  title = {T}\n}\n'
    )
    record = bibtex.read(text, "a.bib").records[0]
    assert record.container == "Journal of Realist Reviews (online)"
    assert record.authors == ["Arroyo_JEC", "Armentano"]  # `and` is their @string for " and "


def latex_values() -> list[str]:
    """Every field of the corpus's BibTeX exports that has a backslash, as the reader holds it before decoding."""
    import bibtexparser

    values = []
    for path in sorted(need_shared(CORPUS / "bibtex").glob("*.bib")):
        library = bibtexparser.parse_string(decode_file(path).text)
        values += [f.value for e in library.entries for f in e.fields if isinstance(f.value, str) and "\\" in f.value]
    return values


def test_latex_left_to_pylatexenc_is_decoded_part_by_part_exactly_as_whole(monkeypatch):
    """pylatexenc takes ~10 ms for a 1,500-character abstract: it now sees each part once per process. On
    every real export's LaTeX (10,000 fields) the text is the same as when it saw each field whole."""
    values = latex_values()
    assert len(values) > 5000
    by_part = [bibtex.decode_latex(v) for v in values]
    monkeypatch.setattr(bibtex, "_pylatexenc_by_segment", bibtex._pylatexenc)
    whole = [bibtex.decode_latex(v) for v in values]
    differ = [(v, a, b) for v, a, b in zip(values, by_part, whole) if a != b]
    assert len(differ) <= 2, differ[:3]  # two garbled `\\"u` names, where parts keep the words apart


def test_a_heavy_latex_abstract_never_goes_to_pylatexenc_whole(monkeypatch):
    seen = []
    original = bibtex._pylatexenc
    monkeypatch.setattr(bibtex, "_pylatexenc", lambda value: seen.append(value) or original(value))
    bibtex._pylatexenc_part.cache_clear()
    words = "the caf{\\'e} r{\\^o}le of \\textsuperscript{2} and \\unknownmacro{x} in $\\beta_{i} = 0.4$ care".split()
    abstract = " ".join(words[i % len(words)] for i in range(300))
    decoded = bibtex.decode_latex(abstract)
    assert "café rôle" in decoded and "β_i = 0.4" in decoded and "\\" not in decoded
    assert seen and max(len(v) for v in seen) < 40
