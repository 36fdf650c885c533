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


def _form(page: str, form_id: str) -> dict[str, list[str]]:
    """The hidden fields of a form on a page, as a browser would send them."""
    block = re.search(rf'<form[^>]*id="{form_id}".*?</form>', page, re.S).group(0)
    fields: dict[str, list[str]] = {}
    for name, value in re.findall(r'<input type="hidden" name="([^"]+)" value="([^"]*)"', block):
        fields.setdefault(name, []).append(unescape(value))
    return fields


def _post(running, path: str, fields: dict) -> tuple[int, str]:
    import urllib.error
    from urllib.parse import urlencode

    request = urllib.request.Request(running.url + path, data=urlencode(fields, doseq=True).encode(), method="POST")
    try:
        with urllib.request.urlopen(request) as answer:
            return answer.status, answer.read().decode()
    except urllib.error.HTTPError as error:
        return error.code, error.read().decode()


def _beside(page: str) -> list[str]:
    """The rows of 'The words now beside yours': the item and field each sets beside what was typed."""
    return [unescape(row) for row in re.findall(r'<tr data-field="[^"]*"><th scope="row">(.*?)</th>', page)]


def test_a_refused_write_sets_beside_the_stored_words_only_the_words_typed_for_the_item_it_is_about(served):  # noqa: F811
    """Fails on the old code: a new configuration refused because a teammate moved one of its statements meanwhile set
    the decision's note beside that statement's note ("S20 note") and the statements chosen beside each holder's
    members ("C1 statements"), and offered "What you typed, to apply to S20", as if the note would be written on S20
    (trial BP 3); a mark refused so set the decision's note beside the coder's note of the statement marked."""
    demo, running = served
    page = _page(running, "/configurations/new")
    fields = _form(page, "new-form")
    demo("configs", "detach", "S3", "--note", "about face-to-face care", "--by", "Alex (AK)")  # meanwhile
    status, refused = _post(running, "/configurations/new", {**fields, "statements": ["S3", "S5"], "note": "one finding"})
    assert status == 409, refused
    said = unescape(refused)
    assert "Alex (AK) changed S3" in said, "the second person is told who changed what"
    assert not [row for row in _beside(refused) if row.endswith(("note", "statements"))], _beside(refused)
    assert "to apply to S3" not in said and "to apply to C1" not in said
    assert "What you typed, to apply as they are now" in said
    assert 'name="note" value="one finding"' in refused, "what was typed is kept to send again"

    # A mark: the note is the decision's, never the statement's own note.
    page = _page(running, "/configurations/C5")
    fields = _form(page, "mark-S8")
    demo("code", "edit", "S8", "--statement-note", "coder's note, typed meanwhile", "--by", "Alex (AK)")
    status, refused = _post(running, "/configurations/C5/mark", {**fields, "stance": "contradicting", "note": "my reason"})
    assert status == 409, refused
    assert "S8 note" not in _beside(refused), _beside(refused)
    assert "What you typed, to apply to C5 as it is now" in unescape(refused)

    # The rule must not fire on the item a form is about: its own words typed still stand beside the stored ones.
    page = _page(running, "/configurations/C5")
    fields = _form(page, "do-edit")
    demo("configs", "edit", "C5", "--outcome", "Alex's outcome", "--by", "Alex (AK)", "--note", "n")
    status, refused = _post(running, "/configurations/C5/edit", {**fields, "outcome": "Rosa's outcome", "note": "mine"})
    assert status == 409 and _beside(refused) == ["C5 outcome"], _beside(refused)
