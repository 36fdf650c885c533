"""What a round-2 pack tells its group, through the commands a team types on the example review (real SQLite).

Trial CW: a configuration reworded because of an answer, then edited again (its title and key contexts) with no answer
behind it, was told "So we reworded it." and then "We reworded it and changed its key contexts.": the rewording twice.
What an earlier reason told is not told again: "We also changed its key contexts." An edit of a configuration nothing
else was told of reads as before, "We changed its key contexts." (must not fire).

Trial CY: the "How to read" example was the first plainly worded configuration in pack order, a draft still in the
coder's shorthand, where the team had accepted others: an accepted configuration is the example now. With none
accepted, the example is the plainly worded one, as before (must not fire)."""

from __future__ import annotations

import html
import re

import pytest
from conftest import Cli
from feedback_files import answers_file

BY = ("--by", "Nadia Kaur")


def _text(path) -> str:
    return html.unescape(re.sub(r"<[^>]+>", " ", path.read_text(encoding="utf-8")))


def _said_of(path, config: str) -> str:
    """The pack's text of one configuration's section (`id="cfg-C8"` up to the next configuration's)."""
    page = path.read_text(encoding="utf-8")
    start = page.index(f'id="cfg-{config}"')
    end = page.find("<article", start + 10)
    return html.unescape(re.sub(r"<[^>]+>", " ", page[start : end if end > 0 else len(page)]))


@pytest.fixture(scope="module")
def review(tmp_path_factory):
    folder = tmp_path_factory.mktemp("n3-pack")
    cmo = Cli(folder / "review")
    cmo("demo", str(cmo.folder))
    return folder, cmo


def test_with_none_accepted_the_example_is_the_plainly_worded_one(review):
    _, cmo = review
    cmo("pack", "--round", "1", "--fresh", "-o", str(cmo.folder / "before.html"))
    text = _text(cmo.folder / "before.html")
    assert re.search(r"Here is an example from this pack \(CMO [\d.]+ \(C7\)", text), text[:3000]


def test_round_two_tells_each_change_once_and_takes_an_accepted_example(review):
    folder, cmo = review
    answers_file(folder / "carer.json", "Blue Heron", 1, {"C8": ("partly", "Only where managers had a laptop for everyone")})
    cmo("feedback", "import", str(folder / "carer.json"), code=None)
    answer = next(f["id"] for f in cmo.json("feedback", "list") if f["configuration"] == "C8")
    cmo(*BY, "configs", "edit", "C8", "--title", "Staff switch to remote care where they have the kit", "--because", answer)
    cmo(*BY, "configs", "edit", "C8", "--title", "Staff switch to remote care when they have laptops",
        "--key-contexts", "Community mental health teams")  # fmt: skip
    cmo(*BY, "configs", "edit", "C9", "--key-contexts", "Peer support services")
    cmo(*BY, "configs", "accept", "C14")
    cmo(*BY, "round", "close", "--note", "second consultation")
    cmo("pack")
    pack = cmo.folder / "packs" / "pack-round-2.html"
    text = _text(pack)
    c8 = _said_of(pack, "C8")
    assert c8.count("reworded it") == 1, c8
    assert "We also changed its key contexts." in c8, c8
    c9 = _said_of(pack, "C9")
    assert "We changed its key contexts." in c9 and "We also" not in c9, c9
    assert re.search(r"Here is an example from this pack \(CMO [\d.]+ \(C14\)", text), text[:3000]
