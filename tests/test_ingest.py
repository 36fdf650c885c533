"""`cmo init`, `cmo ingest` and `cmo sources` as a reviewer runs them, on real exports."""

from __future__ import annotations

import gzip
import json
import re
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest
from conftest import CORPUS, DATA, REPO, need_shared

from cmo.textio import decode_file

SUMMARY_FIELDS = {"key", "title", "authors", "year", "doi", "pmid", "type", "container", "grey", "url", "records"}


def test_init_writes_review_yaml_and_database(cmo):
    result = cmo("init", str(cmo.folder))
    assert "4 domains" in result.output
    assert (cmo.folder / "review.yaml").is_file()
    # never titled as the example review it takes its domains from: the team is asked for theirs
    assert "telemental" not in (cmo.folder / "review.yaml").read_text(encoding="utf-8").split("domains:")[0].lower()
    assert "Write the review's title and question" in result.output
    db = sqlite3.connect(cmo.folder / "review.db")
    assert db.execute("PRAGMA user_version").fetchone()[0] >= 1
    assert db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    cmo("init", str(cmo.folder), code=2)


def test_init_with_a_domains_file(cmo, tmp_path):
    domains = tmp_path / "domains.yaml"
    domains.write_text("domains:\n  - {slug: access, name: Access, description: Getting care}\n", encoding="utf-8")
    cmo("init", str(cmo.folder), "--domains", str(domains))
    text = (cmo.folder / "review.yaml").read_text(encoding="utf-8")
    assert "slug: access" in text and "slug: safety" not in text
    titled = tmp_path / "titled.yaml"
    titled.write_text(domains.read_text(encoding="utf-8") + "title: Social prescribing for loneliness\n", encoding="utf-8")
    result = cmo("init", str(tmp_path / "second"), "--domains", str(titled))
    assert "title: Social prescribing for loneliness" in (tmp_path / "second" / "review.yaml").read_text(encoding="utf-8")
    assert "Write the review's title" not in result.output


def test_ingest_without_a_review_starts_one(cmo):
    result = cmo("ingest", str(DATA / "traps.bib"), code=1)
    assert "started one" in result.stderr and "title and question" in result.stderr
    assert "telemental" not in (cmo.folder / "review.yaml").read_text(encoding="utf-8").split("domains:")[0].lower()


def test_ingest_summary_json_and_problems_with_lines(cmo):
    cmo("init", str(cmo.folder))
    summary = cmo.json("ingest", str(DATA / "traps.bib"), code=1)
    assert (summary["read"], summary["added"], summary["merged"]) == (7, 7, 0)
    assert {"file": "traps.bib", "line": 51} in [{k: p[k] for k in ("file", "line")} for p in summary["problems"]]
    listing = cmo.json("sources", "list")
    assert [s["key"] for s in listing] == sorted([s["key"] for s in listing], key=lambda k: k.lower())
    assert all(SUMMARY_FIELDS <= set(s) for s in listing)
    evil = next(s for s in listing if s["key"] == "evil2022")
    assert evil["title"].startswith("<script>")
    who = next(s for s in listing if s["key"] == "who2021")
    assert who["grey"] and who["authors"] == ["World Health Organization"]
    assert who["records"] == [{"file": "traps.bib", "line": 16, "key": "who2021", "format": "bibtex"}]


def test_reingest_adds_nothing(cmo):
    cmo("init", str(cmo.folder))
    cmo("ingest", str(DATA / "traps.bib"), code=1)
    again = cmo.json("ingest", str(DATA / "traps.bib"), code=1)
    assert (again["added"], again["merged"], again["unchanged"]) == (0, 0, 7)
    assert len(cmo.json("sources", "list")) == 7


def test_cross_database_duplicates_of_the_scoping_review_are_linked(cmo):
    files = sorted(need_shared(CORPUS / "ris").glob("msm_*.ris"))
    cmo("init", str(cmo.folder))
    summary = cmo.json("ingest", *map(str, files), code=None)
    assert summary["read"] == 749
    listing = cmo.json("sources", "list")
    linked = [s for s in listing if len({r["file"] for r in s["records"]}) >= 3]
    assert len(linked) >= 80, "records found in three or more databases are one source"
    assert summary["merged"] == summary["read"] - len(listing)
    assert sum(len(s["records"]) for s in listing) == summary["read"]


def test_gzipped_and_medline_files(cmo, tmp_path):
    nbib = need_shared(CORPUS / "medline" / "iebh_bluelight_sr.nbib")
    packed = tmp_path / "search.txt.gz"
    packed.write_bytes(gzip.compress(nbib.read_bytes()))
    cmo("init", str(cmo.folder))
    summary = cmo.json("ingest", str(packed))
    assert summary["files"][0]["format"] == "medline" and summary["added"] == 80
    # the same search exported as RIS: its records are linked, not added
    again = cmo.json("ingest", str(CORPUS / "ris" / "iebh_bluelight_sr.ris"), code=None)
    assert again["merged"] >= 60


def test_empty_and_missing_files_are_errors_that_add_nothing(cmo, tmp_path):
    cmo("init", str(cmo.folder))
    empty = tmp_path / "empty.bib"
    empty.write_text("", encoding="utf-8")
    result = cmo("ingest", str(DATA / "traps.bib"), str(empty), code=2)
    assert "empty.bib" in result.stderr and "Traceback" not in result.output
    no_records = tmp_path / "notes.txt"
    no_records.write_text("just some notes\nnothing here\n", encoding="utf-8")
    assert "notes.txt" in cmo("ingest", str(no_records), code=2).stderr
    assert "missing.bib" in cmo("ingest", str(tmp_path / "missing.bib"), code=2).stderr
    assert cmo.json("sources", "list") == []


def test_sources_show_and_unknown_key(cmo):
    cmo("init", str(cmo.folder))
    cmo("ingest", str(DATA / "traps.bib"), code=1)
    shown = cmo.json("sources", "show", "smith2020")
    assert shown["container"] == "BMJ Open" and shown["records"][0]["line"] == 4
    result = cmo("sources", "show", "smith202", code=2)
    assert "smith202" in result.stderr and "did you mean" in result.stderr


@pytest.mark.parametrize("path", sorted(p.name for p in (CORPUS / "bibtex").glob("*.bib")) if CORPUS.exists() else [])
def test_every_bibtex_export_ingests_without_a_traceback(tmp_path, path):
    review = tmp_path / "r"
    run = subprocess.run(
        [sys.executable, str(REPO / "cli.py"), "--review", str(review), "ingest", str(CORPUS / "bibtex" / path)],
        capture_output=True,
        text=True,
    )
    assert "Traceback" not in run.stderr
    assert run.returncode in (0, 1, 2), run.stderr
    for line in run.stderr.splitlines():
        if line.startswith(path):
            assert line.split(":")[1].isdigit(), line


def _review_with_traps(tmp_path) -> Path:
    review = tmp_path / "r"
    subprocess.run([sys.executable, str(REPO / "cli.py"), "init", str(review)], check=True, capture_output=True)
    subprocess.run(
        [sys.executable, str(REPO / "cli.py"), "--review", str(review), "ingest", str(DATA / "traps.bib")], capture_output=True
    )
    return review


def _counts(review: Path) -> tuple[int, int, int]:
    db = sqlite3.connect(review / "review.db")
    try:
        return tuple(db.execute(f"SELECT COUNT(*) FROM {table}").fetchone()[0] for table in ("sources", "records", "files"))
    finally:
        db.close()


def _ingest_caught_writing(tmp_path: Path, stderr=subprocess.DEVNULL) -> tuple[Path, subprocess.Popen]:
    """A review holding traps.bib, and `cmo ingest` of an 8 MB file frozen (SIGSTOP) while it writes.

    The caller signals the frozen ingest, then lets it go on (SIGCONT), so the signal lands mid-write
    however loaded the machine: watching the WAL grow and signalling at once raced the commit. An
    ingest that committed before it was frozen (a very slow test process) is run again on a fresh review.
    """
    big = tmp_path / "big.bib"
    big.write_text(
        "\n".join(
            decode_file(need_shared(CORPUS / "bibtex" / name)).text
            for name in ("glottolog_zurich.bib", "glottolog_ozbib.bib", "contextlab_cdl.bib")
        ),
        encoding="utf-8",
    )
    for attempt in range(3):
        review = _review_with_traps(tmp_path / f"attempt{attempt}")
        wal = review / "review.db-wal"
        before = wal.stat().st_size if wal.exists() else 0
        proc = subprocess.Popen(
            [sys.executable, str(REPO / "cli.py"), "--review", str(review), "ingest", str(big)],
            stdout=subprocess.DEVNULL,
            stderr=stderr,
            text=True,
            # Ctrl-C as a terminal delivers it, however the suite was started: a shell running it in the background
            # (`… &`) ignores SIGINT, and the child would inherit that and finish the ingest
            preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL),
        )
        deadline = time.monotonic() + 120
        while time.monotonic() < deadline and proc.poll() is None:
            if wal.exists() and wal.stat().st_size > before + 256 * 1024:
                break
            time.sleep(0.005)
        if proc.poll() is None:
            proc.send_signal(signal.SIGSTOP)
            # frozen with nothing committed: it is inside its one transaction, and stays there until SIGCONT
            if _frozen(proc.pid) and _counts(review) == (7, 7, 1):
                return review, proc
            proc.send_signal(signal.SIGCONT)
        proc.communicate(timeout=120)
    pytest.fail("ingest committed three times before it could be frozen while writing")


def _frozen(pid: int) -> bool:
    """Whether the process has stopped (state T in /proc) rather than exited, once SIGSTOP arrives."""
    deadline = time.monotonic() + 10
    while time.monotonic() < deadline:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
        if state in "Tt":
            return True
        if state in "ZX":
            return False
        time.sleep(0.001)
    return False


def test_killed_while_writing_leaves_the_review_as_it_was(tmp_path):
    """SIGKILL `cmo ingest` once it has started writing: the review holds exactly what it held."""
    review, proc = _ingest_caught_writing(tmp_path)
    workers = _children(proc.pid)
    assert workers, "a file this large is read by worker processes"
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    assert _counts(review) == (7, 7, 1)
    deadline = time.monotonic() + 10  # the reading processes notice and end too
    while time.monotonic() < deadline and any(Path(f"/proc/{pid}").exists() for pid in workers):
        time.sleep(0.1)
    assert not [pid for pid in workers if Path(f"/proc/{pid}").exists()]


def test_ctrl_c_while_ingesting_says_nothing_was_changed(tmp_path):
    """Ctrl-C is "nothing done" (exit 2) with one sentence, and the review holds what it held."""
    review, proc = _ingest_caught_writing(tmp_path, stderr=subprocess.PIPE)
    proc.send_signal(signal.SIGINT)
    proc.send_signal(signal.SIGCONT)
    _, stderr = proc.communicate(timeout=60)
    assert proc.returncode == 2
    assert stderr.strip().splitlines() == ["Interrupted: nothing was changed; the review is as it was."]
    assert _counts(review) == (7, 7, 1)


def test_ctrl_c_while_the_command_is_still_loading_is_one_sentence_not_a_traceback(tmp_path):
    """Ctrl-C in the first second, while `cmo` is still importing its modules, printed a KeyboardInterrupt traceback of
    click's gettext (trial CE). The cmo command's process says it as any Ctrl-C that changed nothing: exit 2, one
    sentence. Here the Ctrl-C arrives after `cli` is imported and before `main` runs, as it would mid-import."""
    code = (
        "import os, signal, sys, time; sys.argv[0] = 'cmo'; sys.path.insert(0, sys.argv.pop()); import cli; "
        "os.kill(os.getpid(), signal.SIGINT); time.sleep(10)"
    )
    done = subprocess.run(
        [sys.executable, "-c", code, str(REPO)],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        timeout=60,
        preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL),
    )
    assert done.returncode == 2
    assert done.stderr.strip().splitlines() == ["Interrupted: nothing was changed; the review is as it was."]


def _children(pid: int) -> list[int]:
    """Processes whose parent is `pid` (Linux /proc), without a dependency for it."""
    found = []
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        if int(fields[1]) == pid:
            found.append(int(stat.parent.name))
    return found


def test_a_failure_half_way_through_writing_rolls_everything_back(tmp_path):
    """The database refuses the 100th record (a real SQLite abort): nothing of the ingest stays."""
    review = _review_with_traps(tmp_path)
    db = sqlite3.connect(review / "review.db")
    db.execute(
        "CREATE TRIGGER refuse BEFORE INSERT ON records WHEN (SELECT COUNT(*) FROM records) >= 100 "
        "BEGIN SELECT RAISE(ABORT, 'disk trouble'); END"
    )
    db.commit()
    db.close()
    run = subprocess.run(
        [
            sys.executable,
            str(REPO / "cli.py"),
            "--review",
            str(review),
            "ingest",
            str(need_shared(CORPUS / "bibtex" / "msm_scoping_references.bib")),
        ],
        capture_output=True,
        text=True,
    )
    assert run.returncode == 2 and "Traceback" not in run.stderr
    assert _counts(review) == (7, 7, 1)


def test_ingest_in_parallel_parts_links_exactly_as_in_one(cmo_factory, tmp_path, monkeypatch):
    """Large files are read, fingerprinted and profiled by worker processes: same review either way."""
    from cmo.bib.readers import parallel as readers_parallel

    files = [str(need_shared(CORPUS / "bibtex" / name)) for name in ("bibtexparser_messy_bibfile.bib", "bbt_mendeley_idiocy.bib")]
    serial = cmo_factory(tmp_path / "serial")
    serial_summary = serial.json("ingest", *files, code=1)
    monkeypatch.setattr(readers_parallel, "PARALLEL_FROM", 0)
    monkeypatch.setattr(readers_parallel.os, "cpu_count", lambda: 2)
    parallel = cmo_factory(tmp_path / "parallel")
    parallel_summary = parallel.json("ingest", *files, code=1)
    assert parallel_summary == serial_summary
    assert parallel.json("sources", "list") == serial.json("sources", "list")
    again = parallel.json("ingest", *files, code=1)
    assert again["unchanged"] == serial_summary["read"]


def test_the_same_export_under_another_name_is_not_counted_twice(cmo, tmp_path):
    cmo("init", str(cmo.folder))
    cmo("ingest", str(DATA / "traps.bib"), code=1)
    copy = tmp_path / "traps-again.bib"
    copy.write_bytes((DATA / "traps.bib").read_bytes())
    summary = cmo.json("ingest", str(copy))
    assert summary["read"] == 0 and summary["files"][0]["same_as"] == "traps.bib"
    assert "same content as traps.bib" in summary["warnings"][0]
    assert sum(len(s["records"]) for s in cmo.json("sources", "list")) == 7


def test_original_records_come_back_whole(cmo):
    """Each original record is kept; its abstract is stored once with the source but returned with it."""
    from cmo.commands.review import open_review

    cmo("init", str(cmo.folder))
    cmo("ingest", str(need_shared(CORPUS / "medline" / "iebh_bluelight_sr.nbib")))
    cmo("ingest", str(CORPUS / "ris" / "iebh_bluelight_sr.ris"), code=None)
    review = open_review(cmo.folder)
    try:
        linked = next(s for s in review.store.sources() if len(s.records) == 2 and s.abstract)
        originals = review.store.records_of(linked.key)
        assert [r.provenance.format for r in originals] == ["medline", "ris"]
        assert originals[0].abstract == linked.abstract and originals[1].abstract
    finally:
        review.close()


def test_progress_bar_on_a_terminal_only(tmp_path):
    """A long ingest shows progress on stderr when it is a terminal; JSON on stdout stays clean."""
    import os
    import pty
    import threading

    bib = need_shared(CORPUS / "bibtex" / "msm_scoping_references.bib")
    master, slave = pty.openpty()
    proc = subprocess.Popen(
        [sys.executable, str(REPO / "cli.py"), "--review", str(tmp_path / "r"), "ingest", str(bib), "--json"],
        stdout=subprocess.PIPE,
        stderr=slave,
    )
    os.close(slave)
    seen: list[bytes] = []

    def drain() -> None:
        while True:
            try:
                chunk = os.read(master, 65536)
            except OSError:
                return
            if not chunk:
                return
            seen.append(chunk)

    reader = threading.Thread(target=drain)
    reader.start()
    stdout, _ = proc.communicate(timeout=120)
    reader.join(timeout=10)
    os.close(master)
    terminal = b"".join(seen).decode("utf-8", "replace")
    summary = json.loads(stdout)
    assert "Reading and linking records" in terminal
    done, total = map(int, re.findall(r"(\d+)/(\d+)", terminal)[-1])
    assert done == total >= summary["read"] > 0  # the count is an estimate (`@string`s count too); it ends full
    piped = subprocess.run(
        [sys.executable, str(REPO / "cli.py"), "--review", str(tmp_path / "r2"), "ingest", str(bib)],
        capture_output=True,
        text=True,
    )
    assert "Reading and linking" not in piped.stderr


def test_a_forced_format_the_file_is_not_in_adds_nothing(cmo):
    """Read as MEDLINE, a RIS export would give sources with no title, and sources are never deleted."""
    ris = need_shared(CORPUS / "ris" / "msm_proquest.ris")
    result = cmo("ingest", "--format", "medline", str(ris), code=2)
    assert "msm_proquest.ris: --format medline was asked for, but the file is RIS" in result.stderr
    assert not (cmo.folder / "review.db").exists() or cmo.json("sources", "list") == []
    assert cmo.json("ingest", "--format", "ris", str(ris))["added"] > 0


def test_abbreviation_files_serve_the_files_ingested_with_them(cmo_factory, tmp_path):
    """A team's `@string` files (journals, authors) given with the entries resolve them; alone, the
    entries keep the bare names and a warning says which; an abbreviations file alone adds nothing."""
    names = ("iridia_abbrev.bib", "iridia_authors.bib", "iridia_journals.bib", "iridia_articles.bib")
    paths = [str(need_shared(CORPUS / "bibtex" / name)) for name in names]
    together = cmo_factory(tmp_path / "together")
    summary = together.json("ingest", *paths)
    assert not [w for w in summary["warnings"] if "@string" in w]
    assert [f.get("abbreviations", 0) > 0 for f in summary["files"]] == [True, True, True, False]
    containers = [s["container"] for s in together.json("sources", "list")]
    assert containers.count("European Journal of Operational Research") == 149 and "ejor" not in containers

    alone = cmo_factory(tmp_path / "alone")
    summary = alone.json("ingest", paths[-1])
    assert any("iridia_articles.bib uses" in w and "@string abbreviations that no file defines" in w for w in summary["warnings"])
    assert [s["container"] for s in alone.json("sources", "list")].count("ejor") == 149

    again = together.json("ingest", paths[-1])  # without its @string files: other field values
    assert again["added"] == 0 and again["merged"] + again["unchanged"] == again["read"]
    assert len(together.json("sources", "list")) == len(containers)

    only = cmo_factory(tmp_path / "only" / "review")
    result = only("ingest", paths[0], code=2)
    assert "iridia_abbrev.bib: only @string abbreviations, no entries" in result.stderr
    assert not (tmp_path / "only" / "review").exists()


def test_an_edited_entry_read_again_joins_its_earlier_source(cmo, tmp_path):
    """Same file name, same citation key, much the same title, new content (a corrected typo and
    year): the new version is linked to the source of the old one, not a second source under a
    renamed key. Another work under a reused key (a generated `ref1`) is not."""
    bib = tmp_path / "refs.bib"
    bib.write_text(
        "@article{ref1,\n  title = {Peer workers in crisis tems: a realist review},\n  author = {Kim, Soo},\n  year = 2020\n}\n",
        encoding="utf-8",
    )
    cmo.json("ingest", str(bib))
    bib.write_text(
        "@article{ref1,\n  title = {Peer workers in crisis teams: a realist review},\n  author = {Kim, Soo},\n  year = 2021\n}\n",
        encoding="utf-8",
    )
    again = cmo.json("ingest", str(bib))
    assert (again["added"], again["merged"], again["problems"]) == (0, 1, [])
    [source] = cmo.json("sources", "list")
    assert source["key"] == "ref1" and len(source["records"]) == 2
    bib.write_text(
        "@article{ref1,\n  title = {Housing first for people leaving prison},\n  author = {Lopez, Ana},\n  year = 2019\n}\n",
        encoding="utf-8",
    )
    other = cmo.json("ingest", str(bib), code=1)
    assert other["added"] == 1 and len(cmo.json("sources", "list")) == 2


def test_the_msm_search_exports_leave_no_doi_twin_apart(cmo, corpus):
    """Ovid MEDLINE, Scopus, CENTRAL, PsycINFO and ProQuest exports of one search: every DOI is one source. A correction
    PsycINFO titles by the corrected paper in quotation marks ('"Number of …": Correction.') is the notice Scopus titles
    'Correction: Number of …', and ProQuest's record titled by its author list ('Darrel H. Higa, Nicole Crepaz, …') is
    its DOI's paper: both were kept apart, said, until helper F4 (trial BT 4 left them to the reviewer)."""
    cmo("init", str(cmo.folder))
    names = ["msm_ovid_medline.ris", "msm_scopus.ris", "msm_cochrane_central.ris", "msm_ovid_psycinfo.ris", "msm_proquest.ris"]
    ingested = cmo("ingest", *(str(corpus / "ris" / name) for name in names), code=None)
    assert "parts of a series" not in ingested.stderr and "contradicts" not in ingested.stderr, ingested.stderr
    sources = cmo.json("sources", "list")
    by_doi: dict[str, list[dict]] = {}
    for source in sources:
        if source["doi"]:
            by_doi.setdefault(source["doi"].lower(), []).append(source)
    apart = {doi: sorted(s["title"][:12] for s in group) for doi, group in by_doi.items() if len(group) > 1}
    assert apart == {}
    assert [s["title"][:12] for s in by_doi["10.1521/aeap.2020.32.1.1"]] == ["HIV Preventi"]
    # Scopus appends subject codes to this title and types this journal article as a book: still one work each.
    assert len(by_doi["10.1186/s40249-018-0508-2"]) == 1 and len(by_doi["10.1111/napa.12009"]) == 1
    webpages = [s for s in sources if s["type"] == "webpage"]
    assert webpages and all("clinicaltrials.gov" in s["url"] and s["grey"] for s in webpages)  # CENTRAL's articles are not


def test_a_file_repeating_one_key_gets_key_2_key_3_and_its_many_problems_are_all_kept_in_a_file(cmo, tmp_path):
    """A database export that numbers records 1, 2, 3 in every file (so 120 records share 'rec'): each is
    added under a key of its own, the terminal shows the first 50 problems and says where all 119 are."""
    from cli import SHOWN_PROBLEMS

    ris = "".join(f"TY  - JOUR\nID  - rec\nTI  - Study number {i} of peer support\nPY  - 2020\nER  - \n\n" for i in range(120))
    (tmp_path / "export.ris").write_text(ris, encoding="utf-8")
    cmo("init", str(cmo.folder))
    result = cmo("ingest", str(tmp_path / "export.ris"), code=1)
    keys = {s["key"] for s in cmo.json("sources", "list")}
    assert keys == {"rec"} | {f"rec-{i}" for i in range(2, 121)}
    lines = result.stderr.strip().splitlines()
    assert len(lines) == SHOWN_PROBLEMS + 1
    listed = cmo.folder / "ingest-problems.txt"
    assert lines[-1] == f"… and 69 more problems: all 119 are in {listed}."
    written = listed.read_text(encoding="utf-8").splitlines()
    assert len(written) == 119 and written[:SHOWN_PROBLEMS] == lines[:SHOWN_PROBLEMS]
    assert written[-1].endswith("this one was added as 'rec-120'.")


def test_a_unique_key_is_found_in_few_lookups_however_often_the_key_repeats():
    from cmo.normalise import unique_key

    class Counting(set):
        lookups = 0

        def __contains__(self, item):
            Counting.lookups += 1
            return super().__contains__(item)

    taken = Counting({"k", *(f"k-{i}" for i in range(2, 10_000))})
    assert unique_key("k", taken) == "k-10000"
    assert Counting.lookups < 40  # one by one it took 9,999
    assert unique_key("k", {"k"}) == "k-2" and unique_key("k", set(), first_plain=True) == "k"


@pytest.mark.parametrize(
    "name, content, said",
    [
        (
            "screening.csv",  # titles with decisions, but nothing that says which works they are
            "Title,Decision,Notes\nPeer support for new mothers,include,\n",
            "the header reads 'Title', 'Decision', 'Notes'; 'Title' is read as its title but none as the authors, "
            "organisation, year, DOI, journal or PMID beside it",
        ),
        (
            "notes.csv",  # a CSV that is no table at all is said as any other file
            "Search notes from 3 March\n",
            None,
        ),
        ("notes.txt", "Search run on 3 March; 120 hits.\n", None),
    ],
)
def test_an_export_cmo_does_not_read_says_what_to_export_instead(cmo, tmp_path, name, content, said):
    cmo("init", str(cmo.folder))
    (tmp_path / name).write_text(content, encoding="utf-8")
    result = cmo("ingest", str(tmp_path / name), code=2)
    message = result.stderr.strip()
    assert message.startswith(
        f"Error: {tmp_path / name}: "
        + (said or "no BibTeX, RIS, MEDLINE, Web of Science, Ovid, Cochrane Library, EndNote, RefWorks, CSL JSON or Zotero RDF")
    )
    assert message.endswith("; nothing was ingested.") and len(message.splitlines()) == 1
    assert said or "looks like" not in message
    assert cmo.json("sources", "list") == []


def test_a_damaged_csv_of_records_names_its_line_and_adds_nothing(cmo, tmp_path):
    cmo("init", str(cmo.folder))
    path = tmp_path / "scopus.csv"
    path.write_text('Title,Authors,Year\n"A study of peer support,Smith J.,2020\n', encoding="utf-8")
    result = cmo("ingest", str(path), code=2)
    assert result.stderr.strip() == (
        "Error: scopus.csv line 2: a quoted cell is never closed (it runs on to the end of the file); "
        "close the quote or remove it."
    )
    assert cmo.json("sources", "list") == []


def test_a_workbook_of_records_is_ingested_and_a_coding_sheet_is_pointed_to_code_import(cmo, tmp_path):
    """Exports saved from Excel: read as every sheet is (the bomb and far-cell checks included)."""
    from openpyxl import Workbook

    book = Workbook()
    book.active.append(["Title", "Authors", "Year", "DOI"])
    book.active.append(["Peer support for new mothers", "Smith J.; Jones K.", 2021, "10.1186/s12884-021-00001-1"])
    book.save(tmp_path / "records.xlsx")
    cmo("init", str(cmo.folder))
    summary = cmo.json("ingest", str(tmp_path / "records.xlsx"))
    assert (summary["added"], summary["files"][0]["format"]) == (1, "table")
    [source] = cmo.json("sources", "list")
    assert cmo.json("sources", "show", source["key"])["authors"] == ["Smith, J.", "Jones, K."]
    assert cmo.json("ingest", str(tmp_path / "records.xlsx"))["unchanged"] == 1

    coding = Workbook()
    coding.active.append(["id", "source", "context", "mechanism", "outcome"])
    coding.save(tmp_path / "coding.xlsx")
    refused = cmo("ingest", str(tmp_path / "coding.xlsx"), code=2)
    assert refused.stderr.strip().endswith(
        f"it is a coding sheet: cmo code import {tmp_path / 'coding.xlsx'}; nothing was ingested."
    )


def test_a_csv_of_records_with_no_rows_adds_nothing_and_says_so(cmo, tmp_path):
    cmo("init", str(cmo.folder))
    (tmp_path / "empty.csv").write_text("Title;Authors;Year\n", encoding="utf-8")  # a European Excel's semicolons
    result = cmo("ingest", str(tmp_path / "empty.csv"), code=2)
    assert result.stderr.strip() == "Error: empty.csv: no records could be read; nothing was ingested."


@pytest.mark.parametrize(
    ("name", "head", "said"),
    [
        ("paper.pdf", b"%PDF-1.7\n", "a PDF, not an export of records; attach full texts with 'cmo fulltext attach'"),
        ("refs.zip", b"PK\x03\x04\x14\x00\x00\x00", "a ZIP archive"),
        ("references.docx", b"PK\x03\x04\x14\x00\x06\x00", "a word-processor document, not an export of records; export RIS"),
        ("library.enl", b"SQLite format 3\x00\x10\x00", "a database file; export RIS"),
    ],
)
def test_a_file_that_holds_no_records_as_text_is_named_for_what_it_is(cmo, tmp_path, name, head, said):
    cmo("init", str(cmo.folder))
    (tmp_path / name).write_bytes(head + bytes(range(256)) * 4)
    message = cmo("ingest", str(tmp_path / name), code=2).stderr.strip()
    assert message.startswith(f"Error: {tmp_path / name}: {said}") and message.endswith("nothing was ingested.")
    assert cmo.json("sources", "list") == []


def test_a_table_of_records_with_a_title_line_above_its_header_is_ingested(cmo, tmp_path):
    """A database's CSV with an export note on its first line was "no records found"; the header is found below it,
    and each record keeps its row as the spreadsheet numbers it."""
    cmo("init", str(cmo.folder))
    table = tmp_path / "scopus.csv"
    table.write_text(
        'Scopus export, 4 December 2026\n\nTitle,Authors,Year,DOI\nSynthesis of the evidence,"Schlief, M.",2022,10.2196/38239\n',
        encoding="utf-8",
    )
    cmo("ingest", str(table))
    (source,) = cmo.json("sources", "list")
    shown = cmo.json("sources", "show", source["key"])
    assert (shown["doi"], shown["records"][0]["line"]) == ("10.2196/38239", 4)


def test_ingest_from_the_folder_beside_a_review_goes_nowhere_else(tmp_path, monkeypatch):
    """A reviewer who ran 'cmo init falls-review' and then ingested from their exports folder beside it (or stayed in
    the folder above it) had a second, empty-titled review started there, holding the records the real one lacked
    (trial CE). The review nearby is named and nothing is made; a folder with no review near it still starts one."""
    from click.testing import CliRunner

    from cli import cli

    monkeypatch.delenv("CMO_REVIEW", raising=False)
    runner = CliRunner()
    (tmp_path / "searches").mkdir()
    export = tmp_path / "searches" / "traps.bib"
    export.write_bytes((DATA / "traps.bib").read_bytes())
    assert runner.invoke(cli, ["init", str(tmp_path / "falls-review")], obj={}).exit_code == 0
    for here in (tmp_path / "searches", tmp_path):
        monkeypatch.chdir(here)
        result = runner.invoke(cli, ["ingest", str(export)], obj={})
        assert result.exit_code == 2, result.output
        assert str(tmp_path / "falls-review") in result.stderr and "--review" in result.stderr
        assert not (here / "review.yaml").exists() and not (here / "review.db").exists()
        listing = runner.invoke(cli, ["sources", "list"], obj={})
        assert listing.exit_code == 2 and str(tmp_path / "falls-review") in listing.stderr
    assert runner.invoke(cli, ["--review", str(tmp_path / "falls-review"), "ingest", str(export)], obj={}).exit_code == 1
    alone = tmp_path / "elsewhere" / "deep"  # must not fire: nothing near it is a review
    alone.mkdir(parents=True)
    monkeypatch.chdir(alone)
    result = runner.invoke(cli, ["ingest", str(export)], obj={})
    assert result.exit_code == 1 and "started one" in result.stderr and (alone / "review.yaml").is_file()
