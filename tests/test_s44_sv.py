"""Session 44, SV: the browser face and the round-close check, small faults a team trips on (trials BP, BN, BO, BK,
BL). Each rule is tested on the shipped example review (telemental health) or a review built here on another topic,
never the trial's own."""

from __future__ import annotations

import re

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
