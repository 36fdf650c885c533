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
                st.sampled_from([b"{", b"}", b"\x00", b"\r", b"\n\n", b"TY  - ", b"ER  - ", b"@article{", b'"', b"\xff\xfe"])
            )
    return bytes(data)


def read_all(path: Path) -> None:
    try:
        decoded = decode_file(path)
    except CmoError:
        return
    fmt = sniff_format(decoded.text)
    if fmt is None:
        return
    try:
        for part in read_parts(fmt, decoded.text, path.name):
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
