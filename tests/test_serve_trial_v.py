"""Trial V: `cmo serve` let a browser with no name accept a configuration ('accept C11', no one named), and a refused
simultaneous edit lost the reviewer's typed words and said only 'Someone changed C2…'.

Each test runs a real server over the shipped example review (`cmo demo`) as `cmo serve` configures it (names
required) and drives it from headless Chromium, checking the review through the CLI.
"""

from __future__ import annotations

import urllib.error
import urllib.request
from pathlib import Path
from urllib.parse import urlencode

import pytest
from browser import chromium  # noqa: F401  (the fixture)
from test_serve import Running, browse, free_port


class Serving(Running):
    """One uvicorn server in a thread, with the settings `cmo serve` gives (`server.prepare`)."""

    def __init__(self, folder: Path):
        from cmo.web.server import prepare

        super().__init__(folder, settings=prepare(str(folder), port=free_port()).settings)


@pytest.fixture
def serving(demo):
    running = Serving(demo.folder)
    yield demo, running
    running.stop()


def _post(running, path: str, fields: dict) -> tuple[int, str]:
    request = urllib.request.Request(running.url + path, data=urlencode(fields).encode(), method="POST")
    try:
        with urllib.request.urlopen(request) as answer:
            return answer.status, answer.read().decode()
    except urllib.error.HTTPError as error:
        return error.code, error.read().decode()


def _name(page, name: str) -> None:
    page.fill("header input[name=name]", name)
    with page.expect_navigation():
        page.click("header form button")


def test_a_browser_that_gave_no_name_is_asked_for_it_and_keeps_what_it_typed(serving, chromium):  # noqa: F811
    """Fails on the old code: the accept was written (200) with no one named in the history."""
    demo, running = serving
    before = len(demo.json("history", "C5"))
    url = f"{running.url}/configurations/C5"
    page, watch = browse(chromium, url)
    assert "give your name to decide" in page.inner_text("header")
    page.fill("#do-accept input[name=note]", "the reference group agreed")
    page.select_option("#do-accept select[name=move]", "consolidate")
    page.locator("#do-accept button").click()
    page.wait_for_load_state("load")
    assert "Give your name before changing the review" in page.inner_text("main")
    assert "Nothing was written" in page.inner_text("main")
    assert demo.json("configs", "show", "C5")["accepted"] is False
    assert len(demo.json("history", "C5")) == before, "nothing was written"
    assert page.input_value("#send-again input[name=note]") == "the reference group agreed"
    assert page.input_value("#send-again input[name=move]") == "consolidate"

    page.fill("#send-again input[name=deciding_as]", "Rosa (RM)")
    with page.expect_navigation():
        page.click("#send-again button")
    assert demo.json("configs", "show", "C5")["accepted"] is True
    last = demo.json("history", "C5")[-1]
    assert (last["action"], last["by"], last["move"]) == ("accept", "Rosa (RM)", "consolidate")
    assert last["note"] == "the reference group agreed"
    assert page.input_value("header input[name=name]") == "Rosa (RM)", "the name given is this browser's from now on"
    assert not watch.page_errors, watch.page_errors
    page.context.close()

    # A form posted with no name from anywhere else (a script, an old page): refused, nothing written.
    status, shown = _post(running, "/configurations/C6/accept", {"token": running.settings.token, "note": "n"})
    assert status == 403 and "Give your name before changing the review" in shown
    assert demo.json("configs", "show", "C6")["accepted"] is False


def test_a_refused_edit_says_who_changed_what_and_keeps_the_words_typed(serving, chromium):  # noqa: F811
    """Fails on the old code: the 409 page said only 'Someone changed C2…', without Alex's words or Rosa's name."""
    demo, running = serving
    url = f"{running.url}/configurations/C2"
    rosa, _ = browse(chromium, url)
    _name(rosa, "Rosa (RM)")
    alex, watch = browse(chromium, url)
    _name(alex, "Alex (AK)")
    first = demo.json("configs", "show", "C2")

    rosa.goto(url)
    rosa.fill("#do-edit input[name=title]", "Rosa's title")
    rosa.fill("#do-edit textarea[name=outcome]", "Rosa's outcome")
    rosa.fill("#do-edit input[name=note]", "clearer")
    with rosa.expect_navigation():
        rosa.click("#do-edit button")
    assert demo.json("configs", "show", "C2")["outcome"] == "Rosa's outcome"

    alex.fill("#do-edit textarea[name=outcome]", "Alex's outcome, typed with care")
    alex.fill("#do-edit input[name=note]", "from the second round")
    alex.locator("#do-edit button").click()
    alex.wait_for_load_state("load")
    main = alex.inner_text("main")
    assert "Someone changed C2 since you opened this page; nothing was written" in main
    assert "Rosa (RM)" in main and "clearer" in main, "who changed it and why, from the history"
    when = demo.json("history", "C2")[-1]["at"]
    assert when[:16] in main, "when it was changed"
    assert f'outcome: "{first["outcome"]}" -> "Rosa\'s outcome"' in main
    row = alex.locator("table.beside tr[data-field=outcome]")
    assert row.locator("td.now").inner_text() == "Rosa's outcome"
    assert row.locator("td.yours").inner_text() == "Alex's outcome, typed with care"
    assert alex.input_value("#send-again [name=outcome]") == "Alex's outcome, typed with care"
    assert alex.input_value("#send-again [name=title]") == "Rosa's title", "a field Alex left alone takes Rosa's change"
    assert demo.json("configs", "show", "C2")["outcome"] == "Rosa's outcome", "nothing was overwritten"

    with alex.expect_navigation():
        alex.click("#send-again button")
    now = demo.json("configs", "show", "C2")
    assert (now["title"], now["outcome"]) == ("Rosa's title", "Alex's outcome, typed with care")
    rosas, alexs = demo.json("history", "C2")[-2:]
    assert (rosas["by"], alexs["by"]) == ("Rosa (RM)", "Alex (AK)")
    assert alexs["after"] == {"outcome": "Alex's outcome, typed with care"} and alexs["note"] == "from the second round"
    assert not watch.page_errors, watch.page_errors
    rosa.context.close()
    alex.context.close()
