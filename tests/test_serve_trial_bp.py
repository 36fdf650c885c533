"""Trial BP (tele-buprenorphine in rural areas, a team of two in `cmo serve` beside the command line).

Each test runs a real server over the shipped example review (telemental health, not the trial's topic) and reads its
pages as a browser gets them, checking what they say against the CLI.
"""

from __future__ import annotations

import re
import urllib.request
from html import unescape

from test_serve import served  # noqa: F401  (the fixture)


def _page(running, path: str) -> str:
    with urllib.request.urlopen(running.url + path) as answer:
        return answer.read().decode()


def _side_shown(page: str, sid: str) -> str:
    """The words of the 'Supports or contradicts' cell of a member's row on a configuration's page."""
    row = re.search(rf'<tr id="{sid}"[^>]*>(.*?)</tr>', page, re.S)
    assert row, f"{sid} has no row"
    return unescape(re.search(r'<span class="stance">(.*?)</span>', row.group(1), re.S).group(1))


def test_a_member_counted_on_neither_side_is_shown_so_not_as_supporting(served):  # noqa: F811
    """Fails on the old code: the page said "by its wording: supporting" of a member the evidence line on the same page
    (and `configs show`) counted on neither side, "not yet decided", so the team saw nothing to mark (trial BP 1: S20
    and S23, outcomes that read as not following, shown as supporting)."""
    demo, running = served
    added = demo.json(
        "code", "add", "--source", "imrocacutecare", "--context", "Service users offered peer support by video",
        "--mechanism", "The peer worker shares their own recovery story", "--outcome", "They did not join the peer group",
        "--quote", "a quote",
    )  # fmt: skip
    sid = added["id"]
    demo("configs", "attach", sid, "--to", "C5", code=None)
    shown = demo.json("configs", "show", "C5")
    assert sid in shown["undecided"] and sid not in shown["contradicting"], "the engine counts it on neither side"
    page = _page(running, "/configurations/C5")
    side = _side_shown(page, sid)
    assert "not yet decided" in side and "supporting" not in side, side
    assert f"{sid} is not yet decided" in unescape(page), "as the evidence line on the same page says"

    # The rule must not fire on a member counted as support, nor once a person has marked the undecided one.
    supported = next(s for s in shown["statements"] if s != sid)
    assert _side_shown(page, supported) == "by its wording: supporting"
    demo("code", "mark", sid, "--supporting", "C5", "--note", "in line")
    assert _side_shown(_page(running, "/configurations/C5"), sid) == "marked supporting by a person"
