"""EndNote XML (File > Export > XML), and the sentences for the exports cmo still does not read.

The EndNote XML files are real exports (tests/data/endnote_xml/README.md); the other exports in the refusal tests are
written here in the layouts a tester brought (PubMed's text and XML; Ovid's display and CENTRAL's plain text, refused
here once, are read now: test_readers_cochrane_ovid).
"""

from __future__ import annotations

import json
import resource
import tracemalloc
from pathlib import Path

import pytest
from conftest import DATA
from test_hostile_files import run_cmo

from cmo.bib.readers import endnote_xml, read_parts, ris
from cmo.errors import BadInput
from cmo.textio import decode_file, sniff_format

FIXTURES = DATA / "endnote_xml"
BLUE_LIGHT = FIXTURES / "endnote_20_reflib_bluelight.xml"
"""EndNote 20.2, one line: the first 8 of 102 records of a systematic review's library, whose RIS export of the
same records is tests/data/exports/endnote.ris."""
JABREF = FIXTURES / "endnote_x5_20_jabref_ecology.xml"
"""EndNote X5 and 20 records, pretty-printed over lines; a title in three rich-text runs; a Book in a journal."""
WOS = FIXTURES / "endnote_x8_platinhom_wos.xml"
"""EndNote X8, one line: a Web of Science record (`DOI 10...` as its DOI, `<Go to ISI>://` as its first link)."""
GOLDEN = FIXTURES / "records.json"
STYLE = '<style face="normal" font="default" size="100%">'


def _read(path: Path):
    return endnote_xml.read(decode_file(path).text, path.name)


def _record(*fields: str, type_name: str = "Journal Article", number: str = "17") -> str:
    return f'<record><ref-type name="{type_name}">{number}</ref-type>{"".join(fields)}</record>'


def _library(*records: str) -> str:
    return f'<?xml version="1.0" encoding="UTF-8" ?><xml><records>{"".join(records)}</records></xml>'


def _title(*runs: str) -> str:
    return f"<titles><title>{''.join(runs)}</title></titles>"


# Reading --------------------------------------------------------------------------------------------


def test_an_endnote_library_reads_the_same_as_its_ris_export():
    """One library exported both ways: every record's fields are what the RIS reader reads from EndNote's RIS."""
    from_xml = _read(BLUE_LIGHT)
    from_ris = ris.read(decode_file(DATA / "exports" / "endnote.ris").text, "endnote.ris")
    assert from_xml.problems == [] and len(from_xml.records) == len(from_ris.records) == 8
    compared = {"provenance", "original_type", "extra"}
    for xml_record, ris_record in zip(from_xml.records, from_ris.records):
        assert xml_record.model_dump(exclude=compared) == ris_record.model_dump(exclude=compared)
        assert xml_record.provenance.key == ris_record.provenance.key  # EndNote's record number, `ID` in RIS
    first = from_xml.records[0]
    assert (first.provenance.file, first.provenance.line, first.original_type) == (BLUE_LIGHT.name, 1, "Journal Article")
    assert (first.doi, first.pmid, first.pages) == ("10.4103/abr.abr_99_17", "29657938", "53")  # PMID: NLM's accession
    assert first.extra["keywords"] == "Acne; Antirrhinum majus; Propionibacterium acnes; blue light"
    assert first.extra["custom2"] == "PMC5887696" and not any(len(name) == 2 for name in first.extra)  # no RIS tags


def test_real_exports_give_their_golden_records(request):
    """Every field of every record, as `cmo sources show` would show it; regenerate with --update-golden."""
    actual = {path.name: [r.model_dump(mode="json") for r in _read(path).records] for path in (JABREF, WOS)}
    if request.config.getoption("--update-golden"):
        GOLDEN.write_text(json.dumps(actual, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    assert actual == json.loads(GOLDEN.read_text(encoding="utf-8"))


def test_rich_text_runs_are_joined_as_written():
    skua = _read(JABREF).records[2]  # three runs on three lines, the middle one in italics
    assert skua.title == "A demographic study of the south polar skua Catharacta maccormicki at Cape Crozier"
    subscript = _title(f"{STYLE}CO</style>", '<style face="subscript">2</style>', f"{STYLE} levels</style>")
    unstyled = "<contributors><authors><author>Smith, Jane</author></authors></contributors>"
    record = endnote_xml.read(_library(_record(subscript, unstyled)), "rich.xml").records[0]
    assert (record.title, record.authors) == ("CO2 levels", ["Smith, Jane"])  # runs side by side, no space added


def test_each_record_keeps_the_line_its_record_starts_on():
    lines = JABREF.read_text(encoding="utf-8").splitlines()
    starts = [number for number, line in enumerate(lines, start=1) if line.strip() == "<record>"]
    assert [r.provenance.line for r in _read(JABREF).records] == starts == [4, 89, 174]
    assert {r.provenance.line for r in _read(BLUE_LIGHT).records} == {1}  # EndNote writes the whole file on one line


@pytest.mark.parametrize(
    ("type_name", "number", "kind", "grey"),
    [
        ("Journal Article", "17", "article", False),
        ("Book Section", "5", "chapter", False),
        ("Report", "27", "report", True),
        ("Government Document", "46", "report", True),
        ("Conference Paper", "47", "conference", True),
        ("Thesis", "32", "thesis", True),
        ("Web Page", "16", "webpage", True),  # a name EndNote knows wins over another tool's number
        ("Zeitschriftenartikel", "17", "article", False),  # a translated or renamed type: its number
        ("Podcast", "99", "misc", True),  # neither known: read as the words say
    ],
)
def test_reference_types_are_read_as_endnotes_ris_export_writes_them(type_name, number, kind, grey):
    text = _library(_record(_title(f"{STYLE}A title</style>"), type_name=type_name, number=number))
    record = endnote_xml.read(text, "types.xml").records[0]
    assert (record.type, record.grey, record.original_type) == (kind, grey, type_name)


def test_a_record_with_nothing_to_read_is_named_by_its_line_and_the_rest_are_read():
    text = _library(_record(), "\n", _record(_title(f"{STYLE}Kept</style>")))
    result = endnote_xml.read(text, "library.xml")
    assert [r.title for r in result.records] == ["Kept"]
    said = "EndNote XML record 1 has no title, author, year or identifier; it was skipped."
    assert [(p.line, p.message) for p in result.problems] == [(1, said)]


def test_a_large_export_streams_in_parts_that_read_as_the_whole(monkeypatch):
    text = decode_file(BLUE_LIGHT).text
    whole = [r.model_dump() for r in endnote_xml.read(text, "x.xml").records]
    monkeypatch.setattr(endnote_xml, "FEED_CHARACTERS", 3_000)
    monkeypatch.setattr(endnote_xml, "PART_RECORDS", 3)
    parts = list(read_parts("endnote_xml", text, "x.xml"))
    assert len(parts) >= 3 and [r.model_dump() for part in parts for r in part.records] == whole


def test_endnote_xml_is_sniffed_and_other_xml_is_not():
    for path in (BLUE_LIGHT, JABREF, WOS):
        assert sniff_format(decode_file(path).text) == "endnote_xml"
    assert sniff_format('<?xml version="1.0"?>\n<xml>\n  <records>\n    <record>\n') == "endnote_xml"  # Zotero's layout
    assert sniff_format('<?xml version="1.0"?><xml><records></records></xml>') is None
    assert sniff_format('<?xml version="1.0"?>\n<PubmedArticleSet><PubmedArticle>') == "pubmed_xml"  # read since session 41


# Refused ----------------------------------------------------------------------------------------------


def test_xml_that_is_not_well_formed_is_refused_with_its_line_and_nothing_is_ingested(cmo, tmp_path):
    lines = JABREF.read_text(encoding="utf-8").splitlines(keepends=True)
    broken_at = next(number for number, line in enumerate(lines, start=1) if "162-168" in line)
    lines[broken_at - 1] = lines[broken_at - 1].replace("</style>", "</styl>")
    broken = tmp_path / "library.xml"
    broken.write_text("".join(lines), encoding="utf-8")
    cmo("init", str(cmo.folder))
    cmo("ingest", str(WOS))
    before = (cmo.folder / "review.db").read_bytes()
    message = cmo("ingest", str(broken), code=2).stderr.strip()
    assert message == f"Error: library.xml line {broken_at}: not well-formed XML (mismatched tag); nothing was ingested."
    assert (cmo.folder / "review.db").read_bytes() == before
    cut_short = tmp_path / "cut.xml"
    cut_short.write_text(BLUE_LIGHT.read_text(encoding="utf-8")[:20_000], encoding="utf-8")
    with pytest.raises(BadInput, match=r"^cut.xml line 1: not well-formed XML \(.+\); nothing was ingested.$"):
        list(read_parts("endnote_xml", decode_file(cut_short).text, "cut.xml"))


BILLION_LAUGHS = (
    '<?xml version="1.0"?>\n<!DOCTYPE xml [\n<!ENTITY lol "lol">\n'
    + "".join(f'<!ENTITY lol{n} "{("&lol;" if n == 1 else f"&lol{n - 1};") * 10}">\n' for n in range(1, 10))
    + "]>\n<xml><records><record><titles><title>&lol9;</title></titles></record></records></xml>\n"
)
"""A billion "lol"s (3 GB) from 1 KB, inside the shape of an EndNote export."""


def _cpu_seconds(review: Path, *args: str) -> tuple:
    """`run_cmo`, with the processor time (user and system) the cmo process spent: unlike the wall clock, it does not
    grow when other processes share the machine's cores, so a test can compare two commands however busy it is."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    done, _, peak = run_cmo(review, *args)
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return done, (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime), peak


@pytest.mark.parametrize("fmt", ["auto", "endnote_xml"])
def test_an_entity_bomb_is_refused_at_once_in_bounded_memory(cmo, tmp_path, fmt):
    """Refused as quickly as a small real export is read, in the same run: processor time, as a ratio, so a machine
    busy with other work fails it no more than a quiet one (wall time under 5 s did, with 8 processes on 2 cores)."""
    bomb = tmp_path / "library.xml"
    bomb.write_text(BILLION_LAUGHS, encoding="utf-8")
    cmo("init", str(cmo.folder))
    cmo("init", str(tmp_path / "baseline"))  # a review of its own, so the bomb's stays empty
    _, baseline, _ = _cpu_seconds(tmp_path / "baseline", "ingest", "--format", fmt, str(WOS))
    done, seconds, peak = _cpu_seconds(cmo.folder, "ingest", "--format", fmt, str(bomb))
    assert done.returncode == 2 and len(done.stderr.strip().splitlines()) == 1, done.stderr
    assert "library.xml" in done.stderr and "nothing was ingested" in done.stderr
    if fmt == "endnote_xml":
        assert "line 2: the XML declares a document type of its own (<!DOCTYPE xml [...]>)" in done.stderr
    assert seconds < 2 * baseline + 0.5, (seconds, baseline)
    assert peak < 300
    assert cmo.json("sources", "list") == []


def test_an_entity_bomb_is_refused_before_anything_is_expanded():
    """The reader stops at the bomb's own document type, before a single entity is expanded: what it allocates while
    reading 1 KB is far below the 8 MB of text expat itself expands before its own amplification limit stops it, which a
    reader that let the entities through would hold (measured whatever the machine's load: memory, not time)."""
    tracemalloc.start()
    try:
        with pytest.raises(BadInput) as refused:
            endnote_xml.read(BILLION_LAUGHS, "library.xml")
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert peak < 1_000_000, peak
    assert "line 2: the XML declares a document type of its own" in str(refused.value)


def test_an_outside_file_named_by_the_xml_is_never_read(tmp_path):
    secret = tmp_path / "secret.txt"
    secret.write_text("the secret", encoding="utf-8")
    own_dtd = f'<!DOCTYPE xml [<!ENTITY e SYSTEM "{secret.as_uri()}">]><xml>'
    declared = _library(_record(_title("Before &e; after"))).replace("<xml>", own_dtd)
    with pytest.raises(BadInput, match="declares a document type of its own"):
        endnote_xml.read(declared, "x.xml")
    external = _library(_record(_title("Kept"))).replace("<xml>", f'<!DOCTYPE xml SYSTEM "{secret.as_uri()}"><xml>')
    assert [r.title for r in endnote_xml.read(external, "x.xml").records] == ["Kept"]  # its DTD is never fetched


def test_an_endnote_xml_export_and_the_ris_export_of_the_same_library_become_one_source_each(cmo):
    cmo("init", str(cmo.folder))
    first = cmo.json("ingest", str(BLUE_LIGHT))
    assert (first["added"], first["files"][0]["format"]) == (8, "endnote_xml")
    second = cmo.json("ingest", str(DATA / "exports" / "endnote.ris"))
    assert (second["added"], second["merged"]) == (0, 8)
    sources = cmo.json("sources", "list")
    assert len(sources) == 8 and all(len(cmo.json("sources", "show", s["key"])["records"]) == 2 for s in sources)


PUBMED_SUMMARY = (
    "1: Schlief M, Saunders KRK, Appleton R, Johnson S. Synthesis of the Evidence on What Works for Whom in Telemental "
    "Health: Rapid Realist Review. Interact J Med Res. 2022 Jun 29;11(2):e38239. doi: 10.2196/38239. PMID: 35767691.\n\n"
    "2: Greenhalgh T, Shaw S, Wherton J. Real-World Implementation of Video Outpatient Consultations. J Med Internet "
    "Res. 2018 Apr 17;20(4):e150. doi: 10.2196/jmir.9897. PMID: 29625956.\n"
)


@pytest.mark.parametrize(
    ("name", "content", "said"),
    [
        (
            "pubmed.txt",
            PUBMED_SUMMARY,
            "it looks like PubMed's 'Summary (text)' or 'Abstract (text)' export (numbered citations), which cmo does not "
            "read, so save the results again from PubMed with Format 'PubMed'",
        ),
        (
            "empty.xml",
            '<?xml version="1.0" encoding="UTF-8" ?><xml><records></records></xml>',
            "it looks like EndNote XML with no records after its <records>, so export the references again from EndNote",
        ),
        (
            "proquest.txt",  # trial Z
            "____\n\nReport Information from ProQuest\nDecember 05 2026 23:58\n____\n\nDocument 1 of 2\n\nA title\n\n"
            "Author: Maidment, Ian D\n",
            "it looks like ProQuest's 'Text only' export, which cmo does not read, so export the results again from "
            "ProQuest choosing 'RIS' (Citation/Abstract)",
        ),
        (
            "ebsco.txt",  # trial Z: EBSCOhost's "Generic bibliographic management software" export
            "AN  - 125014312\nDB  - ccm\nTI  - A qualitative study\nAU  - Maidment, Ian D.\nPY  - 2017\n",
            "it looks like EBSCOhost's 'Generic bibliographic management software' export (tag lines with no 'TY  - ' to "
            "start each record), which cmo does not read, so export the results again from EBSCOhost choosing 'RIS Format'",
        ),
        (
            "mendeley.xml",
            '<?xml version="1.0"?>\n<references><reference><title>A</title></reference></references>\n',
            "it looks like XML but not EndNote's (which opens <xml><records><record>), so export RIS from the program "
            "that made it",
        ),
    ],
)
def test_an_export_cmo_does_not_read_is_named_with_the_export_to_choose(cmo, tmp_path, name, content, said):
    cmo("init", str(cmo.folder))
    (tmp_path / name).write_text(content, encoding="utf-8")
    message = cmo("ingest", str(tmp_path / name), code=2).stderr.strip()
    assert message == (
        f"Error: {tmp_path / name}: no BibTeX, RIS, MEDLINE, Web of Science, Ovid, Cochrane Library, EndNote, RefWorks, "
        f"CSL JSON or Zotero RDF records found; {said}; nothing was ingested."
    )
    assert cmo.json("sources", "list") == []
