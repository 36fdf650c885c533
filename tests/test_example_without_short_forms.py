"""The pack's "How to read" example is one with no short form a lay reader may not know (real SQLite, the demo review).

Re-check RH3 (trial CZ): the team accepted C4, still worded in the coders' shorthand ("few GP appts … pt feels cared
for"), and the pack explained its parts with it, where a plainly reworded configuration was there to use. An accepted
configuration worded plainly is still the example first (test_n3_pack_reasons_and_example.py, must not fire)."""

from __future__ import annotations

import html
import re

from conftest import Cli

BY = ("--by", "Nadia Kaur")


def test_an_accepted_configuration_in_shorthand_is_not_the_example(tmp_path):
    cmo = Cli(tmp_path / "review")
    cmo("demo", str(cmo.folder))
    cmo(*BY, "configs", "edit", "C14", "--mechanism", "pt feels connected to clinician via video appts w/ HCP")
    cmo(*BY, "configs", "accept", "C14")
    cmo(*BY, "round", "close", "--note", "second consultation", code=None)  # exit 1: the short forms are named
    cmo("pack")
    pack = cmo.folder / "packs" / "pack-round-2.html"
    text = html.unescape(re.sub(r"<[^>]+>", " ", pack.read_text(encoding="utf-8")))
    example = re.search(r"Here is an example from this pack \(CMO [\d.]+ \((C\d+)\)", text)
    assert example and example.group(1) != "C14", text[:3000]
