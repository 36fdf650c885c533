"""Details of exports that users trip over: LaTeX escaping in every BibTeX field, what RIS `A2` means,
output names that say another format, and write failures named by the path the user gave."""

from __future__ import annotations

import errno
import os
import re
import threading
from pathlib import Path

import bibtexparser
import pytest
from bibtexparser import middlewares as m
from conftest import CORPUS, DATA, need_shared

from cmo.bib.readers import bibtex as bibtex_reader
from cmo.bib.readers import ris as ris_reader
from cmo.errors import CmoError
from cmo.files import atomic_file, atomic_write_text
from cmo.models import Source
from cmo.outputs.export import (
    export,
    format_for,
    latex_source,
    looks_like_cited_authors,
    to_bibtex,
)

AWKWARD = "Taylor & Francis, 50% off, file_name #1, x^2"


def decoded(text: str):
    """The .bib as a LaTeX-decoding reader (Zotero, JabRef, bibtexparser's middleware) sees it."""
    library = bibtexparser.parse_string(text, append_middleware=[m.LatexDecodingMiddleware(keep_braced_groups=True)])
    assert library.failed_blocks == []
    return library


def fields_of(text: str) -> dict[str, str]:
    """Raw field values of the single entry in `text`, as LaTeX will see them."""
    library = bibtexparser.parse_string(text)
    return {f.key: f.value for f in library.entries[0].fields}


_UNSAFE = re.compile(r"(?<!\\)[&%#_^]")


def bare_specials(value: str) -> list[str]:
    """Characters LaTeX would choke on, outside `$...$`, a `\\url{...}` argument and `\\string^`."""
    value = re.sub(r"\\(?:url|href)\{[^{}]*\}", "", value)
    value = re.sub(r"(?<!\\)\$[^$]*(?<!\\)\$", "", value)
    value = value.replace("\\\\", "").replace(r"\string^", "")
    return _UNSAFE.findall(value)


# ---- BibTeX: every field escaped -------------------------------------------------------------------


@pytest.mark.parametrize("field", ["note", "series", "address", "edition", "howpublished", "annote", "type"])
def test_free_text_fields_in_extra_are_escaped_like_title_and_journal(field):
    extra = {field: f"{field}: {AWKWARD}"}  # not the container's words: a field saying the container again is not written
    source = Source(key="k", type="article", title=AWKWARD, container=AWKWARD, publisher=AWKWARD, extra=extra)
    values = fields_of(to_bibtex([source]))
    for name in ("title", "journal", "publisher", field):
        assert bare_specials(values[name]) == [], f"{name} = {values[name]}"
    assert r"Taylor \& Francis" in values[field] and r"50\%" in values[field] and r"file\_name \#1" in values[field]


def test_note_series_and_title_with_specials_come_back_the_same_through_a_latex_decoding_reader():
    book = Source(
        key="b", type="book", title=f"Title: {AWKWARD}", container=f"Series: {AWKWARD}", extra={"note": f"Note: {AWKWARD}"}
    )
    article = Source(key="a", type="article", title="T", container="J", extra={"series": f"S: {AWKWARD}"})
    library = decoded(to_bibtex([book, article]))
    first, second = library.entries
    assert first["title"] == f"Title: {AWKWARD}"
    assert first["series"] == f"Series: {AWKWARD}"
    assert first["note"] == f"Note: {AWKWARD}"
    assert second["series"] == f"S: {AWKWARD}"


def test_note_series_and_title_with_specials_survive_cmo_ingest_and_a_second_export_unchanged():
    book = Source(
        key="b", type="book", title=f"Title: {AWKWARD}", container=f"Series: {AWKWARD}", extra={"note": f"Note: {AWKWARD}"}
    )
    first_export = to_bibtex([book])
    record = bibtex_reader.read(first_export, "included.bib").records[0]
    assert record.title == book.title and record.container == book.container
    # cmo keeps fields it does not decode as LaTeX source: the note reads the same once decoded...
    assert bibtex_reader.decode_latex(record.extra["note"]) == f"Note: {AWKWARD}"
    # ...and exporting what was read writes the very same file again.
    again = Source(**record.model_dump(exclude={"provenance", "original_type"}))
    assert to_bibtex([again]) == first_export


def test_latex_already_in_a_field_is_kept_and_only_bare_specials_are_escaped():
    kept = {
        "note": r"Special Issue on {London} {Stringology} {Days} \& {Workshop}",
        "annote": r"Available at \url{http://alumni.cs.ucr.edu/~sk_a/x.pdf#p=2}",
        "addendum": r"The $x_1$ bound, Montr\'eal",
        "ids": "auzelle_2015b",
        "bdsk-url-1": "http://x.org/a_b#c",
    }
    local = {"file": "~/BBTTEST/Behaviour & Information Technology 2001_x.pdf"}  # a colleague's disk: never written
    values = fields_of(to_bibtex([Source(key="k", title="T", extra={**kept, **local})]))
    assert {name: values[name] for name in kept} == kept and "file" not in values
    mendeley = {"note": "Includes index.; ID: 01UA_ALMA21424224870003843", "series": "Journal of Gay & Lesbian Health"}
    values = fields_of(to_bibtex([Source(key="k", title="T", extra=mendeley)]))
    assert values["note"] == r"Includes index.; ID: 01UA\_ALMA21424224870003843"
    assert values["series"] == r"Journal of Gay \& Lesbian Health"


@pytest.mark.parametrize(
    "text",
    [
        "Taylor & Francis",
        r"Taylor \& Francis",
        "a_b #1 50%",
        r"$x_1$ and y_2",
        "a ^ b",
        r"x\string^2",
        "unbalanced { brace & more",
        "trailing backslash \\",
        r"\url{http://x/~a_b}",
        r"{\'e}t{\'e} & {WHO}",
    ],
)
def test_latex_source_is_idempotent_and_says_the_same(text):
    once = latex_source(text)
    assert latex_source(once) == once
    assert bare_specials(once) == []
    if "{" not in text or "}" in text:  # an unbalanced brace is made literal on purpose
        assert bibtex_reader.decode_latex(once) == bibtex_reader.decode_latex(latex_source(once))


@pytest.mark.parametrize("title", ["x^2 and R^2", "caret ^ alone", "C:\\data & more"])
def test_carets_and_stray_backslashes_in_titles(title):
    text = to_bibtex([Source(key="k", title=title)])
    assert bare_specials(fields_of(text)["title"]) == []
    if "\\" not in title:
        assert decoded(text).entries[0]["title"] == title
        assert bibtex_reader.read(text, "x.bib").records[0].title == title


def test_every_field_of_real_exports_is_latex_safe_after_export():
    """Mendeley and Zotero write `&` and `_` bare in note, series, keywords: the export never does."""
    folder = need_shared(CORPUS / "bibtex")
    verbatim = {"file", "ids", "doi", "url", "urldate", "pmid", "isbn", "issn", "eprint", "uri", "local-url", "pdf"}
    for name in ("bbt_mendeley_idiocy.bib", "msm_scoping_references.bib", "bbt_discarded_873.bib"):
        path = folder / name
        records = bibtex_reader.read(path.read_text(encoding="utf-8", errors="replace"), name).records
        sources = [Source(**r.model_dump(exclude={"provenance", "original_type"})) for r in records]
        library = bibtexparser.parse_string(to_bibtex(sources))
        for entry in library.entries:
            for field in entry.fields:
                if field.key in verbatim or "url" in field.key:
                    continue
                assert bare_specials(field.value) == [], f"{name} {entry.key}.{field.key} = {field.value[:200]}"


# ---- RIS A2: editors only where the record type makes them so ----------------------------------------

RIS_A2 = """TY  - CHAP
TI  - A chapter
AU  - Smith, John
A2  - Adams, Zoe
A2  - Brown, Al
A2  - World Health Organization
T2  - The edited book
PY  - 2020
ER  -

TY  - BOOK
TI  - A book in a series
AU  - Smith, John
A2  - Doe, Jane
PY  - 2020
ER  -

TY  - JOUR
TI  - Self-administered screening for syndemic mental health problems
AU  - Tan, Darrell H. S
T2  - Journal of Gay & Lesbian Mental Health
A2  - Babor, Berman, Chan, Comstock, Mustanski, Parsons, Pearson, Pines, Radloff, Reinert, Stall, Tan, Weissman
PY  - 2016
ER  -

TY  - JOUR
TI  - Operating without a safety net
AU  - Bruce, Douglas
A2  - Davidson J, Loeb J, Wilson C, Parlow C, Berck M
PY  - 2011
ER  -
"""


def test_the_ris_reader_keeps_a2_as_written():
    """Interpreting A2 is the export's business: a record's stored fields (and so its fingerprint,
    which tells a re-ingest what is already there) must not change when that interpretation does."""
    chapter, book, cited, investigators = ris_reader.read(RIS_A2, "a2.ris").records
    assert chapter.extra["A2"] == "Adams, Zoe; Brown, Al; World Health Organization"
    assert cited.extra["A2"].startswith("Babor, Berman, Chan")
    assert all("editor" not in r.extra for r in (chapter, book, cited, investigators))


def test_a2_exports_to_bibtex_as_editor_only_for_the_chapter():
    records = ris_reader.read(RIS_A2, "a2.ris").records
    sources = [Source(**{**r.model_dump(exclude={"provenance", "original_type"}), "key": f"k{i}"}) for i, r in enumerate(records)]
    library = decoded(to_bibtex(sources))
    chapter, book, cited, investigators = library.entries
    assert chapter.entry_type == "incollection"
    assert chapter["editor"] == "Adams, Zoe and Brown, Al and {World Health Organization}"
    assert [("editor" in e.fields_dict) for e in (book, cited, investigators)] == [False, False, False]
    assert not any("a2" in e.fields_dict or "A2" in e.fields_dict for e in library.entries)
    again = bibtex_reader.read(to_bibtex(sources), "x.bib").records[0]
    assert again.extra["editor"] == "Adams, Zoe and Brown, Al and {World Health Organization}"
    assert again.authors == ["Smith, John"]


def test_ovid_psycinfo_a2_lists_never_become_editors():
    folder = need_shared(CORPUS / "ris")
    for name in ("msm_ovid_psycinfo.ris", "msm_included_fulltext.ris", "msm_ovid_medline.ris"):
        records = ris_reader.read((folder / name).read_text(encoding="utf-8", errors="replace"), name).records
        sources = [
            Source(**{**r.model_dump(exclude={"provenance", "original_type"}), "key": f"k{i}"}) for i, r in enumerate(records)
        ]
        assert sum("A2" in s.extra for s in sources) > 0 or name != "msm_ovid_psycinfo.ris"
        assert "editor =" not in to_bibtex(sources), name


def test_the_cited_authors_shape():
    assert looks_like_cited_authors("Attride-Stirling, Baral, Braun, Campbell, van Borkulo, Teixeira da Silva")
    assert not looks_like_cited_authors("Smith, John")
    assert not looks_like_cited_authors("Smith, John, Doe, Jane, Roe, Al")  # Family, Given pairs
    assert not looks_like_cited_authors("Davidson J, Loeb J, Wilson C")
    assert not looks_like_cited_authors("Adolescent Medicine Trials Network for HIV/AIDS Interventions")
    chapter = Source(key="c", type="chapter", title="T", extra={"A2": "Babor, Berman, Chan, Comstock; Doe, Jane"})
    assert "editor = {Doe, Jane}" in to_bibtex([chapter])


# ---- output names that say another format --------------------------------------------------------


def run_export(fmt: str, path: Path):
    return export(
        fmt,
        path,
        sources=[Source(key="k", title="T", status="included")],
        statements=[],
        configurations=[],
        domains=[],
        groups=[],
        strength=lambda c: ("", ""),
    )


def test_an_extension_of_another_format_is_refused_naming_both_ways_out(tmp_path):
    target = tmp_path / "x.xlsx"
    with pytest.raises(CmoError) as refused:
        run_export("csv", target)
    assert (
        refused.value.message
        == f"{target} ends in .xlsx but --format csv writes CSV; use -o {tmp_path / 'x.csv'} or --format xlsx."
    )
    assert refused.value.exit_code == 2
    assert list(tmp_path.iterdir()) == []
    with pytest.raises(CmoError, match=r"ends in \.pdf but --format docx writes a Word document \(DOCX\); use -o .*r\.docx\.$"):
        run_export("docx", tmp_path / "r.pdf")
    with pytest.raises(CmoError, match="--format ris writes RIS; use -o .*refs.ris or --format bib"):
        run_export("ris", tmp_path / "refs.bib")


@pytest.mark.parametrize(
    "fmt,name",
    [
        ("csv", "t.csv"),
        ("csv", "t.CSV"),
        ("csv", "t.txt"),
        ("xlsx", "t.xlsx"),
        ("docx", "t.docx"),
        ("bib", "t.bib"),
        ("bib", "t.bibtex"),
        ("ris", "t.ris"),
        ("ris", "t.txt"),
        ("graphml", "t.graphml"),
        ("json", "t.json"),
        ("json", "no-extension"),
        ("bib", "refs.v2"),
    ],
)
def test_matching_missing_or_unclaimed_extensions_are_written(tmp_path, fmt, name):
    assert run_export(fmt, tmp_path / name)[0] == tmp_path / name


def test_the_format_an_extension_names():
    assert [format_for(n) for n in ("a.xlsx", "a.CSV", "a.bib", "a.ris", "a.graphml", "a.json", "a.docx")] == [
        "xlsx",
        "csv",
        "bib",
        "ris",
        "graphml",
        "json",
        "docx",
    ]
    assert format_for("a.txt") is None and format_for("a") is None and format_for("a.pdf") is None


def test_cmo_export_with_a_mismatched_name_exits_2_with_one_sentence(cmo, tmp_path):
    cmo("ingest", str(DATA / "traps.bib"), code=None)
    result = cmo("export", "--format", "csv", "-o", str(tmp_path / "x.xlsx"), code=2)
    assert result.stderr.strip() == (
        f"Error: {tmp_path / 'x.xlsx'} ends in .xlsx but --format csv writes CSV; use -o {tmp_path / 'x.csv'} or --format xlsx."
    )
    assert not (tmp_path / "x.xlsx").exists()


# ---- write failures name the user's path ------------------------------------------------------------

needs_proc = pytest.mark.skipif(not Path("/proc/self").is_dir(), reason="needs Linux /proc")


@needs_proc
@pytest.mark.parametrize("target", ["/proc/x.html", "/proc/self/x.html"])
def test_a_folder_that_takes_no_new_files_is_one_sentence_naming_the_path(target):
    with pytest.raises(CmoError) as failed:
        atomic_write_text(target, "x")
    assert failed.value.message.startswith(f"Cannot write {target}: ")
    assert ".tmp" not in failed.value.message and failed.value.message.endswith(".")


@needs_proc
def test_cmo_export_to_proc_exits_2_naming_the_path(cmo):
    cmo("ingest", str(DATA / "traps.bib"), code=None)
    result = cmo("export", "--format", "bib", "-o", "/proc/x.bib", code=2)
    assert "Cannot write /proc/x.bib" in result.stderr
    assert "unexpected" not in result.stderr and ".tmp" not in result.stderr


def test_a_failed_rename_names_the_path_and_leaves_no_temp_file(tmp_path, monkeypatch):
    target = tmp_path / "pack.html"
    target.write_text("old", encoding="utf-8")

    def refuse(source, destination):
        raise PermissionError(errno.EACCES, "Permission denied", str(source))

    monkeypatch.setattr(os, "replace", refuse)
    with pytest.raises(CmoError, match=r"^Cannot write .*pack\.html: Permission denied\.$") as failed:
        atomic_write_text(target, "new")
    assert ".tmp" not in failed.value.message
    assert target.read_text(encoding="utf-8") == "old" and [p.name for p in tmp_path.iterdir()] == ["pack.html"]


def test_a_full_disk_names_the_path_but_the_callers_own_errors_pass_unchanged(tmp_path):
    target = tmp_path / "report.html"
    full = pytest.raises(CmoError, match=r"^Cannot write .*report\.html: No space left on device\.$")
    with full, atomic_file(target):
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))
    with pytest.raises(FileNotFoundError), atomic_file(target):
        (tmp_path / "missing-template.html").read_text(encoding="utf-8")
    assert list(tmp_path.iterdir()) == []


def test_a_folder_is_not_a_file(tmp_path):
    with pytest.raises(CmoError, match="it is a folder"):
        atomic_write_text(tmp_path, "x")


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="needs named pipes")
def test_a_pipe_is_written_directly(tmp_path):
    """`-o /dev/stdout` on a pipe: the link resolves to no real file, so it must be written, not replaced."""
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    received: list[str] = []
    reader = threading.Thread(target=lambda: received.append(fifo.read_text(encoding="utf-8")))
    reader.start()
    atomic_write_text(fifo, "through the pipe")
    reader.join(timeout=10)
    assert received == ["through the pipe"] and [p.name for p in tmp_path.iterdir()] == ["pipe"]


def test_a_command_with_one_format_names_only_the_name_to_use(tmp_path):
    from cmo.files import refuse_mismatched_suffix

    html = {"html": (".html", ".htm")}
    with pytest.raises(CmoError) as refused:
        refuse_mismatched_suffix(tmp_path / "pack.pdf", "html", html, "HTML", option=None)
    assert (
        refused.value.message == f"{tmp_path / 'pack.pdf'} ends in .pdf but is written as HTML; use -o {tmp_path / 'pack.html'}."
    )
    refuse_mismatched_suffix(tmp_path / "pack.HTM", "html", html, "HTML", option=None)
    refuse_mismatched_suffix("/dev/stdout", "html", html, "HTML", option=None)


def test_report_and_pack_outputs_follow_or_refuse_their_extension(demo, tmp_path):
    """`-o report.md` writes Markdown; `-o r.pdf` or a pack to `p.pdf` is refused before writing."""
    demo("report", "-o", str(tmp_path / "report.md"))
    assert (tmp_path / "report.md").read_text(encoding="utf-8").startswith("#")
    refused = demo("report", "-o", str(tmp_path / "r.pdf"), code=2)
    assert "r.pdf ends in .pdf but --format html writes HTML; use -o" in refused.stderr
    assert not (tmp_path / "r.pdf").exists()
    pack = demo("pack", "-o", str(tmp_path / "p.pdf"), code=2)
    assert "p.pdf ends in .pdf but is written as HTML; use -o" in pack.stderr
    assert not (tmp_path / "p.pdf").exists()


@pytest.mark.parametrize("math", [r"\(x_i\)", r"\(n^2\)", r"\[a_1\]", r"\ensuremath{O(n^2)}", r"h\(^\textup{max}\)"])
def test_latex_math_in_any_form_is_kept_as_written(math):
    assert latex_source(f"{math} and b_2") == f"{math} and b\\_2"


def test_the_way_out_of_a_compressed_name_drops_both_extensions(tmp_path):
    with pytest.raises(CmoError, match=r"refs\.bib\.gz ends in \.gz but --format ris writes RIS; use -o .*refs\.ris\."):
        run_export("ris", tmp_path / "refs.bib.gz")


def test_export_to_standard_output_is_the_data_alone(demo, tmp_path):
    """`-o /dev/stdout` in a pipe: the JSON parses (no "Wrote" line after it); CSV, two files, is refused."""
    import json
    import subprocess
    import sys

    from conftest import REPO

    run = subprocess.run(
        [sys.executable, str(REPO / "cli.py"), "--review", str(demo.folder), "export", "--format", "json", "-o", "/dev/stdout"],
        capture_output=True,
        text=True,
    )
    assert run.returncode == 0 and json.loads(run.stdout)
    csv_run = subprocess.run(
        [sys.executable, str(REPO / "cli.py"), "--review", str(demo.folder), "export", "--format", "csv", "-o", "/dev/stdout"],
        capture_output=True,
        text=True,
    )
    assert csv_run.returncode == 2 and "CSV export writes two files" in csv_run.stderr
    assert not Path("/dev/stdout-statements").exists()


def test_an_output_name_ending_in_a_slash_is_a_folder_not_a_file(demo, tmp_path):
    result = demo("export", "--format", "json", "-o", f"{tmp_path}/newdir/", code=2)
    assert "newdir/ names a folder; give a file name" in result.stderr
    assert not (tmp_path / "newdir").exists()


def test_a_bibtex_title_keeps_its_acronyms_in_braces():
    """Trial F: HIV and PrEP were left for a sentence-case style to lower ("hiv", "prep")."""
    from cmo.outputs.export import bibtex_title

    assert bibtex_title("PrEP uptake among HIV-negative men & mHealth apps.") == (
        r"{PrEP} uptake among {HIV}-negative men \& {mHealth} apps."
    )
    assert bibtex_title("Care at home") == "Care at home"
