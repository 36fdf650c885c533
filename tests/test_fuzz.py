"""Damaged exports and sheets, made by hypothesis from the real fixtures: every reader either reads
what it can (problems named by file and line) or refuses with one sentence; none ever crashes."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from conftest import DATA
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from cmo.bib.readers import read_parts
from cmo.errors import CmoError
from cmo.sheets.coding import parse_coding_sheet
from cmo.sheets.records import read_records
from cmo.textio import decode_file, sniff_format

EXPORTS = sorted((DATA / "exports").iterdir())
FUZZ = settings(
    max_examples=int(os.environ.get("CMO_FUZZ_EXAMPLES", "60")),  # CI: bounded time; raise it to search longer
    deadline=None,
    derandomize=True,
    suppress_health_check=[HealthCheck.function_scoped_fixture],
)


@st.composite
def damaged(draw, original: bytes) -> bytes:
    """The file with a few bytes cut, repeated, replaced or inserted where hypothesis chooses."""
    data = bytearray(original)
    for _ in range(draw(st.integers(1, 6))):
        if not data:
            break
        at = draw(st.integers(0, len(data) - 1))
        span = draw(st.integers(1, 200))
        kind = draw(st.sampled_from(["cut", "repeat", "replace", "insert"]))
        if kind == "cut":
            del data[at : at + span]
        elif kind == "repeat":
            data[at:at] = data[at : at + span]
        elif kind == "replace":
            data[at : at + span] = draw(st.binary(min_size=1, max_size=span))
        else:
            data[at:at] = draw(
                st.sampled_from(
                    [
                        b"{",
                        b"}",
                        b"\x00",
                        b"\r",
                        b"\n\n",
                        b"TY  - ",
                        b"ER  - ",
                        b"@article{",
                        b'"',
                        b"\xff\xfe",
                        b"\nPT J\n",
                        b"\nER\n",
                        b"\n   ",
                        b"\n<12. >\n",
                        b"\n%0 ",
                        b"[",
                        b"]",
                        b",",
                    ]
                )
            )
    return bytes(data)


def read_all(path: Path) -> None:
    try:
        decoded = decode_file(path)
    except CmoError:
        return
    fmt = sniff_format(decoded.text)
    if fmt is None and path.suffix == ".csv":  # a table of records is read as a sheet
        try:
            parts = [read_records(decoded.text, path.name)]
        except CmoError:
            return
    elif fmt is None:
        return
    else:
        parts = read_parts(fmt, decoded.text, path.name)
    try:
        for part in parts:
            for problem in part.problems:
                assert problem.file == path.name and problem.line >= 1 and problem.message
    except CmoError:
        return


@pytest.mark.parametrize("export", EXPORTS, ids=[p.name for p in EXPORTS])
def test_damaged_exports_never_crash_a_reader(export, tmp_path):
    @FUZZ
    @given(data=damaged(export.read_bytes()))
    def check(data: bytes) -> None:
        path = tmp_path / export.name
        path.write_bytes(data)
        read_all(path)

    check()


SHEET = (
    b"id,source,context,mechanism,outcome,quote,page,domain,groups,coder,note\n"
    b',smith2020,"Young people, at home",They worry about being overheard,They say less,"""We keep quiet""",4,privacy,cyp,AB,\n'
    b"S2,jones2021,Clinics,Staff trust the platform,Care continues,,,,,,\n"
)


def test_damaged_sheets_are_read_or_refused_in_one_sentence(tmp_path):
    @FUZZ
    @given(data=damaged(SHEET))
    def check(data: bytes) -> None:
        path = tmp_path / "sheet.csv"
        path.write_bytes(data)
        try:
            sheet = parse_coding_sheet(
                path, source_keys={"smith2020", "jones2021"}, domains={"privacy"}, groups={"cyp"}, statement_ids={"S2"}
            )
        except CmoError as error:
            assert error.message.strip() and "Traceback" not in error.message
            return
        assert all(row.row >= 2 for row in sheet.rows)

    check()


FEEDBACK = (
    b"configuration,respondent,group,rating,comment,missing,not_for_whom,read\n"
    b'C1,R1,carers,agree,"Rings true, mostly",,,\n'
    b"C2,R1,carers,partly,,the cost,older people,\n"
    b"overall,R2,,,A clear pack,,,\n"
)
SCREENING = (
    b"key,doi,title,decision,reason\n"
    b"smith2020,10.1000/a,Remote care,include,\n"
    b'jones2021,,"Clinic trust, again",exclude,"not about, remote care"\n'
)
APPRAISAL = b"key,relevance,rigour,note\nsmith2020,high,medium,good sample\njones2021,low,,\n"
ORIGINS = b"key,origin\nsmith2020,database search\njones2021,expert suggestion\n"


def _fuzz_sheet(tmp_path: Path, original: bytes, name: str, parse) -> None:
    @FUZZ
    @given(data=damaged(original))
    def check(data: bytes) -> None:
        path = tmp_path / name
        path.write_bytes(data)
        try:
            parse(path)
        except CmoError as error:
            assert error.message.strip() and "Traceback" not in error.message
            assert name in error.message or "no " in error.message.lower(), error.message

    check()


def test_damaged_feedback_files_are_read_or_refused_in_one_sentence(tmp_path):
    from cmo.sheets.feedback import parse_feedback_files

    def parse(path: Path):
        return parse_feedback_files([path], {"C1", "C2"}, 1, groups={"carers": "Carers"})

    _fuzz_sheet(tmp_path, FEEDBACK, "answers.csv", parse)


def test_damaged_screening_appraisal_and_origin_sheets_are_read_or_refused_in_one_sentence(tmp_path):
    from cmo.models import Source
    from cmo.sheets.screening import parse_appraisal, parse_origins, parse_screening

    sources = {
        "smith2020": Source(key="smith2020", title="Remote care", doi="10.1000/a"),
        "jones2021": Source(key="jones2021", title="Clinic trust, again"),
    }
    _fuzz_sheet(tmp_path, SCREENING, "screening.csv", lambda p: parse_screening(p, sources, {"10.1000/a": "smith2020"}))
    _fuzz_sheet(tmp_path, APPRAISAL, "appraisal.csv", lambda p: parse_appraisal(p, set(sources)))
    _fuzz_sheet(tmp_path, ORIGINS, "origins.csv", lambda p: parse_origins(p, set(sources)))
