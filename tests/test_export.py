"""Exports reviewers open elsewhere: each must load back in the tool that reads it, losing nothing."""

from __future__ import annotations

import csv
import json
import re
from pathlib import Path

import bibtexparser
import evidence_sample as sample
import networkx as nx
import pytest
from bibtexparser import middlewares as m

from cmo.errors import BadInput
from cmo.files import atomic_file, atomic_write_text
from cmo.models import Source
from cmo.outputs.export import (
    bibtex_source_field,
    export,
    latex_escape,
    statements_path,
    to_bibtex,
    to_ris,
)


def run(fmt: str, path: Path) -> list[Path]:
    return export(fmt, path, **sample.everything(), strength=sample.strength, review=sample.review())


def _without_control(value):
    """A value as an export writes it: control characters (EVIL_TITLE's \\x01) are no text to give back (probe 40)."""
    return re.sub("[\x00-\x08\x0b\x0c\x0e-\x1f]", "", value) if isinstance(value, str) else value


def included() -> list[Source]:
    return [s for s in sample.sources() if s.status == "included"]


def parse_bibtex(text: str):
    """bibtexparser 2 as a LaTeX-decoding reader uses it: decode (keeping name braces), then split names."""
    library = bibtexparser.parse_string(
        text, append_middleware=[m.LatexDecodingMiddleware(keep_braced_groups=True), m.SeparateCoAuthors(), m.SplitNameParts()]
    )
    assert library.failed_blocks == []
    return library


def as_stored_name(parts) -> str:
    family = " ".join(parts.von + parts.last)
    if family.startswith("{") and family.endswith("}"):
        family = family[1:-1]
    given = " ".join(parts.first)
    return f"{family}, {given}" if given else family


# ---- BibTeX -----------------------------------------------------------------------------------


def test_bibtex_holds_only_included_sources_and_reparses_with_identical_titles_dois_and_authors(tmp_path):
    path = run("bib", tmp_path / "included.bib")[0]
    library = parse_bibtex(path.read_text(encoding="utf-8"))
    expected = {s.key: s for s in included()}
    assert [e.key for e in library.entries] == list(expected)
    for entry in library.entries:
        source = expected[entry.key]
        assert entry["title"] == _without_control(source.title)
        assert [as_stored_name(p) for p in entry["author"]] == source.authors
        assert entry.fields_dict.get("doi", None) is None or entry["doi"] == source.doi
    who = library.entries_dict["who2021"]
    assert who.entry_type == "techreport"
    assert who["title"] == "Privacy <script>alert('x')</script> & {braces} at 50% of $5 #1 a_b"
    assert who["doi"] == "10.1000/who.2021_5" and who["pmid"] == "34567890"
    assert who["number"] == "3" and who["institution"] == "WHO Press"
    assert "  pages = {101--120}," in path.read_text(encoding="utf-8")
    assert library.entries_dict["evil"].entry_type == "online"


@pytest.mark.parametrize(
    "text",
    [
        "50% & 25% of {young} people",
        "cost $5 #1 a_b",
        "~tilde~",
        "en--dash and ``quotes''",
        "Ünïcödé — ok",
        "unbalanced { brace",
        "closing } first",
    ],
)
def test_latex_escaping_round_trips_through_a_latex_decoder(text):
    library = parse_bibtex(f"@misc{{k, title = {{{latex_escape(text)}}}}}")
    assert library.entries[0]["title"] == text


def test_types_map_back_to_bibtex_entry_types():
    kinds = {
        "article": "article",
        "report": "techreport",
        "webpage": "online",
        "thesis": "phdthesis",
        "conference": "inproceedings",
        "chapter": "incollection",
        "misc": "misc",
        "patent": "patent",
        "odd type!": "misc",
    }
    text = to_bibtex([Source(key=f"k{i}", type=kind, title="T") for i, kind in enumerate(kinds)])
    library = bibtexparser.parse_string(text)
    assert [e.entry_type for e in library.entries] == list(kinds.values())


def test_unsafe_and_repeated_keys_become_valid_unique_keys():
    text = to_bibtex([Source(key="a b,{c}", title="x"), Source(key="a_b__c_", title="y")])
    library = bibtexparser.parse_string(text)
    assert [e.key for e in library.entries] == ["a_b__c_", "a_b__c_-2"]


def test_bibtex_export_ingests_back_into_cmo_losing_nothing():
    """What `cmo ingest included.bib` reads back into an empty review."""
    reader = pytest.importorskip("cmo.bib.readers.bibtex")
    plain = included()
    result = reader.read(to_bibtex(plain), "included.bib")
    assert result.problems == []
    fields = (
        "key",
        "type",
        "title",
        "authors",
        "year",
        "doi",
        "pmid",
        "container",
        "volume",
        "issue",
        "pages",
        "publisher",
        "url",
        "urldate",
        "abstract",
    )
    for record, source in zip(result.records, plain, strict=True):
        for name in fields:
            assert getattr(record, name) == _without_control(getattr(source, name)), f"{source.key}.{name}"


@pytest.mark.parametrize(
    "title",
    [
        "a {b} c",
        "x ~ y",
        "50% & 25% of $5 #1 a_b",
    ],
)
def test_awkward_titles_survive_cmo_ingest(title):
    reader = pytest.importorskip("cmo.bib.readers.bibtex")
    result = reader.read(to_bibtex([Source(key="k", title=title)]), "x.bib")
    assert result.records[0].title == title


# ---- RIS --------------------------------------------------------------------------------------


def test_ris_holds_included_sources_one_value_per_line(tmp_path):
    path = run("ris", tmp_path / "included.ris")[0]
    text = path.read_text(encoding="utf-8")
    assert text.count("\nER  - ") + text.startswith("ER  - ") == len(included())
    assert "TY  - RPRT" in text and "AU  - World Health Organization" in text
    assert "TI  - <img src=x onerror=\"document.title='pwned'\"> bad" in text  # its \\x01 left out (probe 40)
    assert all(line[2:6] == "  - " for line in text.splitlines() if line)


def test_ris_export_ingests_back_into_cmo():
    reader = pytest.importorskip("cmo.bib.readers.ris")
    result = reader.read(to_ris(included()), "included.ris")
    assert result.problems == []
    for record, source in zip(result.records, included(), strict=True):
        for name in ("key", "type", "title", "authors", "year", "doi", "pmid", "container", "volume", "issue", "pages"):
            assert getattr(record, name) == _without_control(getattr(source, name)), f"{source.key}.{name}"
        assert record.url == (source.url if source.url and source.url.startswith("http") else None)


# ---- tables -----------------------------------------------------------------------------------


def test_csv_writes_the_configurations_table_and_the_statements_beside_it(tmp_path):
    written = run("csv", tmp_path / "table.csv")
    assert written == [tmp_path / "table.csv", tmp_path / "table-statements.csv"]
    assert statements_path(tmp_path / "t.csv") == tmp_path / "t-statements.csv"
    with written[0].open(encoding="utf-8", newline="") as handle:
        configs = list(csv.DictReader(handle))
    assert [r["id"] for r in configs] == ["C1", "C4", "C2"]
    assert [r["number"] for r in configs] == ["CMO 1.1", "CMO 1.2", "CMO 2.1"]
    c1 = configs[0]
    assert c1["sources"] == "who2021" and c1["contradicting_sources"] == "evil"
    assert c1["statements"] == "S1; S3" and c1["strength"] == "moderate"
    with written[1].open(encoding="utf-8", newline="") as handle:
        statements = list(csv.DictReader(handle))
    assert [r["id"] for r in statements] == ["S1", "S2", "S3", "S4", "S10"]
    assert statements[2]["quote"] == '\'=HYPERLINK("http://x")'  # guarded: spreadsheets show it as text
    assert statements[2]["contradicts"] == "C1"  # the configurations it cuts against, by the evidence rule
    assert [r["contradicts"] for r in statements if r["id"] != "S3"] == ["", "", "", ""]
    assert statements[4]["configurations"] == "C4" and statements[4]["detached"] == "no"


def test_xlsx_has_two_sheets_of_text_cells(tmp_path):
    openpyxl = pytest.importorskip("openpyxl")
    path = run("xlsx", tmp_path / "review.xlsx")[0]
    book = openpyxl.load_workbook(path)
    assert book.sheetnames == ["Configurations", "Statements"]
    configs = list(book["Configurations"].iter_rows(values_only=True))
    assert configs[0][:4] == ("number", "id", "domain", "title")
    assert [row[1] for row in configs[1:]] == ["C1", "C4", "C2"]
    sheet = book["Statements"]
    assert sheet.max_row == 1 + len(sample.statements())
    quote = sheet.cell(row=4, column=8)
    assert quote.value == '=HYPERLINK("http://x")' and quote.data_type == "s"


def test_docx_has_one_table_per_domain_in_the_published_layout(tmp_path):
    docx = pytest.importorskip("docx")
    path = run("docx", tmp_path / "table.docx")[0]
    document = docx.Document(str(path))
    assert len(document.tables) == 2
    header = [c.text for c in document.tables[0].rows[0].cells]
    assert header == ["CMO title", "References", "Overarching CMO", "Key contexts", "Strength of evidence"]
    first = [c.text for c in document.tables[0].rows[1].cells]
    assert first[0] == "CMO 1.1 (C1) A private, confidential space"
    assert first[1].split("\n")[0] == "World Health Organization et al. 2021"  # the contradicting ones on a line apart
    assert first[1].split("\n")[1].startswith("Contradicting: ")
    assert first[2].startswith("People without a private space at home (context) fear being overheard (mechanism)")
    assert first[3] == "Young people in shared homes"
    headings = [p.text for p in document.paragraphs if p.style.name.startswith("Heading")]
    assert "Domain 1: Safety, privacy and confidentiality" in headings and "References" in headings
    assert any(p.text.startswith("World Health Organization; van der Berg, J.; Müller, J. (2021).") for p in document.paragraphs)


# ---- graph and everything ---------------------------------------------------------------------


def test_graphml_and_json_exports(tmp_path):
    graph = nx.read_graphml(run("graphml", tmp_path / "review.graphml")[0])
    assert graph.number_of_nodes() == 20
    data = json.loads(run("json", tmp_path / "review.json")[0].read_text(encoding="utf-8"))
    assert [c["id"] for c in data["configurations"]] == ["C1", "C2", "C3", "C4"]
    assert data["strength"]["C1"] == {"label": "moderate", "reason": "2 statement(s)"} and "C3" not in data["strength"]
    assert len(data["sources"]) == 7 and data["review"]["title"].startswith("What works")


def test_unknown_format_and_missing_folder_are_refused(tmp_path):
    with pytest.raises(BadInput, match="'pdf'"):
        run("pdf", tmp_path / "x.pdf")
    with pytest.raises(BadInput, match="does not exist"):
        run("csv", tmp_path / "nowhere" / "x.csv")


# ---- atomic writes ----------------------------------------------------------------------------


def test_a_failed_write_leaves_the_old_file_and_no_temp_file(tmp_path):
    target = tmp_path / "report.html"
    atomic_write_text(target, "old")
    with pytest.raises(RuntimeError):
        with atomic_file(target) as handle:
            handle.write("half")
            raise RuntimeError("interrupted")
    assert target.read_text() == "old"
    assert [p.name for p in tmp_path.iterdir()] == ["report.html"]
    atomic_write_text(target, "new")
    assert target.read_text() == "new" and oct(target.stat().st_mode & 0o777) != oct(0o600)


def test_a_statement_its_coder_flagged_as_contradicting_is_cited_as_contradicting(tmp_path):
    from cmo.models import Configuration, Statement

    statements = [Statement(id="S1", source="smith2020"), Statement(id="S2", source="who2021", contradicts=True)]
    configs = [Configuration(id="C1", title="T", statements=["S1", "S2"])]
    path = export(
        "csv",
        tmp_path / "t.csv",
        sources=sample.sources(),
        statements=statements,
        configurations=configs,
        domains=[],
        groups=[],
        strength=sample.strength,
    )[0]
    with path.open(encoding="utf-8", newline="") as handle:
        row = next(csv.DictReader(handle))
    assert (row["sources"], row["contradicting_sources"], row["contradicting"]) == ("smith2020", "who2021", "S2")


@pytest.mark.parametrize(
    "name",
    [
        "zotero_bbt_greylit_chestnut.bib",
        "msm_scoping_references.bib",
        "aibasel_crossref.bib",
        "bbt_jabref_groups_97.bib",
        "bbt_biblatex_export_3430.bib",
        "bbt_discarded_873.bib",
    ],
)
def test_real_exports_survive_ingest_export_ingest_field_for_field(name):
    """Zotero, JabRef, Better BibTeX files from the shared corpus: read, export, read again, compare."""
    reader = pytest.importorskip("cmo.bib.readers.bibtex")
    path = Path(__file__).resolve().parents[2] / "shared" / "corpus" / "bibtex" / name
    if not path.exists():
        pytest.skip(f"{path} is not here")
    first = reader.read(path.read_text(encoding="utf-8", errors="replace"), name).records
    sources = [Source(**r.model_dump(exclude={"provenance", "original_type"})) for r in first]
    again = reader.read(to_bibtex(sources), "export.bib")
    assert again.problems == []
    fields = (
        "key",
        "type",
        "title",
        "authors",
        "year",
        "doi",
        "pmid",
        "container",
        "volume",
        "issue",
        "pages",
        "publisher",
        "url",
        "urldate",
        "abstract",
    )
    for source, record in zip(sources, again.records, strict=True):
        for field in fields:
            if field == "key" and not source.key:
                continue  # a database's record id as its key (dblp's `DBLP:conf/…`): ingest gives it an author-year key
            assert getattr(record, field) == getattr(source, field), f"{name} {source.key}.{field}"
        # Fields kept undecoded (note, series…) are LaTeX source: a bare `&` read from the file comes
        # back as `\&`, the same text to LaTeX; exporting either writes the very same field.
        assert _as_exported(record.extra) == _as_exported(source.extra), f"{name} {source.key}.extra"


def _as_exported(extra: dict[str, str]) -> dict[str, str]:
    """The extra fields an export writes: bibliographic ones, never a tool's own nor a local file's path (trial V)."""
    from cmo.outputs.export import bibliographic_field, local_path

    return {
        name: bibtex_source_field(name, value)
        for name, value in extra.items()
        if bibliographic_field(name) and not local_path(value)
    }


def test_svg_export_draws_each_domain_as_contexts_mechanisms_and_outcomes(demo, tmp_path):
    import xml.dom.minidom

    demo("export", "--format", "svg", "-o", str(tmp_path / "theory.svg"))
    text = (tmp_path / "theory.svg").read_text(encoding="utf-8")
    xml.dom.minidom.parseString(text)  # well-formed, so any viewer opens it
    configurations = demo.json("configs", "list")
    arrows = re.findall(r"<title>(C\d+) \(", text)
    assert sorted(set(arrows)) == sorted(c["id"] for c in configurations) and len(arrows) == 2 * len(configurations)
    assert text.count(">Contexts</text>") == len({c["domain"] for c in configurations})
    demo("export", "--format", "svg", "-o", str(tmp_path / "theory.png"), code=2)  # the name says another kind of file


# ---- a source excluded after coding -----------------------------------------------------------

CODED_THEN_EXCLUDED = "aldersey2021training"
"""Cited by C2 in the example review; excluding it keeps its statements in C2 (the strength no longer counts it)."""


def _exclude_a_cited_source(demo) -> str:
    demo("select", "exclude", CODED_THEN_EXCLUDED, "--reason", "training, not service delivery", code=1)
    holder = next(c for c in demo.json("configs", "list") if CODED_THEN_EXCLUDED in c["sources"])
    return holder["id"]


def _unscreen(demo, key: str) -> None:
    from cmo.commands.review import open_review
    from cmo.commands.select import set_status

    review = open_review(demo.folder)
    try:
        set_status(review, [key], "unscreened")
    finally:
        review.close()


def test_every_table_export_marks_an_excluded_source_as_the_report_does(demo, tmp_path):
    openpyxl = pytest.importorskip("openpyxl")
    docx = pytest.importorskip("docx")
    holder = _exclude_a_cited_source(demo)
    demo("report", "--format", "md", "-o", str(tmp_path / "report.md"))
    report_row = next(line for line in (tmp_path / "report.md").read_text(encoding="utf-8").splitlines() if f"({holder})" in line)
    assert "Aldersey et al. 2021 (excluded)" in report_row and CODED_THEN_EXCLUDED not in report_row

    demo("export", "--format", "csv", "-o", str(tmp_path / "table.csv"))
    with (tmp_path / "table.csv").open(encoding="utf-8", newline="") as handle:
        row = next(r for r in csv.DictReader(handle) if r["id"] == holder)
    assert "Aldersey et al. 2021 (excluded)" in row["citations"].split("; ")
    assert CODED_THEN_EXCLUDED in row["sources"].split("; ")  # the key itself stays a key

    demo("export", "--format", "xlsx", "-o", str(tmp_path / "table.xlsx"))
    sheet = openpyxl.load_workbook(tmp_path / "table.xlsx")["Configurations"]
    rows = list(sheet.iter_rows(values_only=True))
    columns = rows[0]
    cells = next(dict(zip(columns, r)) for r in rows[1:] if r[columns.index("id")] == holder)
    assert "Aldersey et al. 2021 (excluded)" in cells["citations"].split("; ")

    demo("export", "--format", "docx", "-o", str(tmp_path / "table.docx"))
    document = docx.Document(str(tmp_path / "table.docx"))
    references = [r.cells[1].text for t in document.tables for r in t.rows[1:] if r.cells[0].text.startswith("CMO")]
    assert any("Aldersey et al. 2021 (excluded)" in cell for cell in references)
    assert not any(re.search(r"Aldersey et al\. 2021(?! \(excluded\))", cell) for cell in references)


def test_the_word_reference_list_keeps_an_excluded_source_apart_as_the_report_does(demo, tmp_path):
    docx = pytest.importorskip("docx")
    _exclude_a_cited_source(demo)
    demo("export", "--format", "docx", "-o", str(tmp_path / "table.docx"))
    paragraphs = [(p.style.name, p.text) for p in docx.Document(str(tmp_path / "table.docx")).paragraphs]
    headings = [text for style, text in paragraphs if style.startswith("Heading")]
    assert headings[-2:] == ["References", "Other documents cited (not included)"]
    at = [text for _, text in paragraphs].index("Other documents cited (not included)")
    included, apart = paragraphs[:at], [text for _, text in paragraphs[at + 1 :]]
    assert not any("Aldersey" in text for _, text in included[included.index(("Heading 2", "References")) :])
    assert apart[0].startswith("The configurations above cite 1 document that is not among the included documents")
    assert "not counted in the strength of evidence" in apart[0] and "count as evidence" not in apart[0]
    assert len(apart) == 2 and apart[1].startswith("Aldersey, K.;")
    assert apart[1].endswith("[excluded: training, not service delivery]")


def test_an_unscreened_source_is_marked_and_listed_apart_and_said_to_count(demo, tmp_path):
    docx = pytest.importorskip("docx")
    _exclude_a_cited_source(demo)
    unscreened = next(c for c in demo.json("configs", "list") if CODED_THEN_EXCLUDED not in c["sources"])["sources"][0]
    _unscreen(demo, unscreened)
    demo("export", "--format", "csv", "-o", str(tmp_path / "table.csv"))
    with (tmp_path / "table.csv").open(encoding="utf-8", newline="") as handle:
        citations = "; ".join(r["citations"] for r in csv.DictReader(handle))
    assert "(unscreened)" in citations and "(excluded)" in citations
    demo("export", "--format", "docx", "-o", str(tmp_path / "table.docx"))
    texts = [p.text for p in docx.Document(str(tmp_path / "table.docx")).paragraphs]
    apart = texts[texts.index("Other documents cited (not included)") + 1 :]
    assert apart[0].startswith("The configurations above cite 2 documents")
    assert "those from an excluded document are not counted in the strength of evidence" in apart[0]
    assert "those from a document not yet decided on still are" in apart[0]
    statuses = sorted(text.rsplit("[", 1)[1] for text in apart[1:])
    assert statuses == ["excluded: training, not service delivery]", "not screened yet]"]
