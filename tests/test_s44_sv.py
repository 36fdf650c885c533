"""Session 44, SV: the browser face and the round-close check, small faults a team trips on (trials BP, BN, BO, BK,
BL). Each rule is tested on the shipped example review (telemental health) or a review built here on another topic,
never the trial's own."""

from __future__ import annotations

import re
import urllib.error
import urllib.request
from html import unescape
from urllib.parse import urlencode

from browser import chromium  # noqa: F401  (the fixture)
from test_serve import browse, served  # noqa: F401  (the fixture)

CONTROLS = ("textbox", "combobox", "checkbox", "radio", "button", "spinbutton", "searchbox")
CONTAINERS = ("group", "form", "region", "search", "dialog")
_NODE = re.compile(r"^(?P<indent>\s*)- '?(?P<role>[a-z]+)(?: \"(?P<name>(?:[^\"\\]|\\.)*)\")?")


def controls_as_announced(snapshot: str) -> list[tuple[str, ...]]:
    """Each control in chromium's accessibility tree (an aria snapshot) with what a screen reader says as it reaches it:
    the names of the named groups (fieldset legends), forms and regions it is in, its role and its own name."""
    found, around = [], []  # around: (indent, name) of each named container the lines below are in
    for line in snapshot.splitlines():
        node = _NODE.match(line)
        if not node:
            continue
        indent = len(node["indent"])
        around = [(at, name) for at, name in around if at < indent]
        if node["role"] in CONTAINERS and node["name"]:
            around.append((indent, node["name"]))
        elif node["role"] in CONTROLS:
            found.append((*(name for _, name in around), node["role"], node["name"] or ""))
    return found


def test_every_field_on_a_page_is_told_apart_by_the_name_of_its_decision(served, chromium):  # noqa: F811
    """Fails on the old code: a configuration's page held 8-10 decision forms whose 'Note', 'Because of feedback' and
    'Realist move' fields had the same names and no legend, so a keyboard or screen-reader user reached 'Note' with
    nothing saying whether it was the Accept's, the Retire's or a mark's (trial BP 6); a source's page had a 'Why
    delete' per statement. The rule: each form's fields sit in a group named for its decision and the item it acts on,
    so no two controls on a page are announced alike."""
    demo, running = served
    source = next(s["key"] for s in demo.json("sources", "list") if len(demo.json("code", "list", "--source", s["key"])) > 1)
    demo("configs", "accept", "C2")
    demo("configs", "edit", "C3", "--title", "Reworded since the round")  # so the round check has a round to check
    paths = ["/", "/sources", f"/sources/{source}", "/configurations", "/configurations/new", "/rounds", "/rounds/check"]
    paths += ["/configurations/C1", "/configurations/C2", "/statements/S5", "/history/C1"]
    page, watch = browse(chromium, running.url + "/")
    for path in paths:
        page.goto(running.url + path)
        page.evaluate("document.querySelectorAll('details').forEach(d => d.open = true)")  # the mark forms too
        announced = controls_as_announced(page.locator("body").aria_snapshot())
        alike = {c for c in announced if announced.count(c) > 1}
        assert not alike, (path, sorted(alike))

    page.goto(running.url + "/configurations/C1")
    page.evaluate("document.querySelectorAll('details').forEach(d => d.open = true)")
    notes = [c for c in controls_as_announced(page.locator("main").aria_snapshot()) if c[-2:] == ("textbox", "Note")]
    groups = [c[-3] for c in notes]
    assert "Accept C1" in groups and "Retire C1" in groups and "Edit C1's wording" in groups, groups
    member = demo.json("configs", "show", "C1")["statements"][0]
    assert f"Mark {member} as supporting or contradicting C1" in groups, groups
    page.goto(running.url + "/configurations/C2")
    groups = [c[-3] for c in controls_as_announced(page.locator("main").aria_snapshot()) if c[-2:] == ("textbox", "Note")]
    assert "Unaccept C2" in groups and "Accept C2" not in groups, groups
    assert not watch.problems, watch.problems
    page.context.close()


def _answer(running, path: str, data: dict | None = None) -> tuple[int, dict, str]:
    request = urllib.request.Request(running.url + path, data=urlencode(data, doseq=True).encode() if data else None)
    try:
        with urllib.request.urlopen(request) as answer:
            return answer.status, dict(answer.headers), answer.read().decode(errors="replace")
    except urllib.error.HTTPError as error:
        return error.code, dict(error.headers), error.read().decode(errors="replace")


def _hidden(page: str, form_id: str) -> dict[str, list[str]]:
    block = re.search(rf'<form[^>]*id="{form_id}".*?</form>', page, re.S).group(0)
    fields: dict[str, list[str]] = {}
    for name, value in re.findall(r'<input type="hidden" name="([^"]+)" value="([^"]*)"', block):
        fields.setdefault(name, []).append(unescape(value))
    return fields


def test_every_page_and_download_of_the_review_says_it_is_not_to_be_stored(served, chromium):  # noqa: F811
    """Fails on the old code: no page said `Cache-Control: no-store`, so Back showed a configuration as it was before a
    teammate's change (trial BP 8). Every answer of the server but its own stylesheet and script says no-store: pages,
    a pack downloaded, a refusal."""
    demo, running = served
    for path in ["/", "/sources", "/configurations", "/configurations/C1", "/statements/S5", "/rounds", "/history/C1"]:
        status, headers, _ = _answer(running, path)
        assert status == 200 and headers.get("cache-control") == "no-store", (path, headers)
    status, headers, pack = _answer(running, "/rounds/1/pack")
    assert status == 200 and "attachment" in headers["content-disposition"] and headers["cache-control"] == "no-store"
    assert _answer(running, "/configurations/C999")[1]["cache-control"] == "no-store"
    status, headers, _ = _answer(running, "/static/app.css")
    assert status == 200 and "no-store" not in headers.get("cache-control", ""), "the app's own stylesheet may be kept"

    # In chromium: Back to a configuration a teammate changed meanwhile shows it as it is now.
    page, watch = browse(chromium, running.url + "/configurations/C1")
    page.goto(running.url + "/configurations")
    demo("configs", "edit", "C1", "--title", "Reworded at the terminal meanwhile")
    page.go_back()
    page.wait_for_load_state("load")
    assert "Reworded at the terminal meanwhile" in page.locator("h1").inner_text()
    page.context.close()


def test_a_refused_write_tells_each_change_made_meanwhile_once(served):  # noqa: F811
    """Fails on the old code: a detach that changed a statement and its configuration was told twice in the 409's
    sentence ("… changed S3 last, at … (detach …). … changed C1 last, at … (detach …)."), an attach three times (trial
    BP 8). Now one sentence per decision names every item it changed; two decisions are still two sentences."""
    demo, running = served
    holder = next(c["id"] for c in demo.json("configs", "list") if "S3" in c["statements"])
    page = _answer(running, "/configurations/new")[2]
    fields = _hidden(page, "new-form")
    demo("configs", "detach", "S3", "--note", "about face-to-face care", "--by", "Alex (AK)")  # meanwhile
    status, _, refused = _answer(running, "/configurations/new", {**fields, "statements": ["S3", "S5"], "note": "one"})
    assert status == 409, refused
    said = re.search(r'<p class="problem"[^>]*>(.*?)</p>', refused, re.S).group(1)
    assert said.count("Alex (AK) changed") == 1, said
    assert f"Alex (AK) changed S3 and {holder} last" in said, said
    listed = re.findall(r"<li><time>", refused)
    assert len(listed) == 1, "the list of what changed tells the decision once too"

    # Must not fire: two decisions by two people meanwhile are two sentences.
    page = _answer(running, "/configurations/C5")[2]
    fields = _hidden(page, "do-edit")
    demo("configs", "edit", "C5", "--outcome", "Alex's outcome", "--by", "Alex (AK)", "--note", "n")
    demo("configs", "edit", "C5", "--title", "Sam's title", "--by", "Sam", "--note", "n")
    member = demo.json("configs", "show", "C5")["statements"][0]
    demo("code", "edit", member, "--statement-note", "coder's note", "--by", "Sam")
    fields.update(_hidden(page, f"mark-{member}"))
    status, _, refused = _answer(running, "/configurations/C5/mark", {**fields, "stance": "contradicting", "note": "mine"})
    assert status == 409, refused
    said = re.search(r'<p class="problem"[^>]*>(.*?)</p>', refused, re.S).group(1)
    assert said.count("Sam changed") == 2 and f"Sam changed {member} last" in said and "Sam changed C5 last" in said, said
