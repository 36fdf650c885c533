"""Ovid's exports, in either layout: its tagged one (`ovid_tagged`: `XX  - value` lines, what its "Citavi" and
"EndNote" choices write) or its labelled display (`ovid_labelled`: each field's name above its value). Both open each
record with `<1>`, so the file's first record decides."""

from __future__ import annotations

import re

from cmo.bib.readers import ReadResult, ovid_labelled, ovid_tagged, parallel
from cmo.textio import OVID_LABELLED_RECORD


def _format_of(text: str) -> parallel.LineFormat:
    head = text[:200_000]
    labelled = OVID_LABELLED_RECORD.search(head)
    tagged = re.search(r"^<\d+\.? ?>[ \t]*\r?\n[A-Z][A-Z0-9]  - ", head, re.M)
    return ovid_labelled.format_for(text) if labelled and (not tagged or labelled.start() < tagged.start()) else ovid_tagged.LINES


def read(text: str, file: str) -> ReadResult:
    return _format_of(text).read(text, file)


def read_parts(text: str, file: str, prepare=None, abbreviations=None):
    return _format_of(text).read_parts(text, file, prepare, abbreviations)
