"""Trial BY (youth social prescribing, a lead at the command line and two reviewers in `cmo serve`).

Each test runs a real server over the shipped example review (telemental health, not the trial's topic) and posts to
it as a browser does, checking what the pages say against the CLI.
"""

from __future__ import annotations

import re
import sqlite3
from html import unescape

from test_serve import served  # noqa: F401  (the fixture)
from test_serve_trial_bp import _form, _page, _post


def _kept_form(page: str) -> dict[str, str]:
    """Every field of the 'send again' form a refusal gives back, as a browser would send it."""
    block = re.search(r'<form[^>]*id="send-again".*?</form>', page, re.S).group(0)
    fields = {name: unescape(value) for name, value in re.findall(r'<input[^>]*name="([^"]+)" value="([^"]*)"', block)}
    areas = re.findall(r'<textarea name="([^"]+)"[^>]*>(.*?)</textarea>', block, re.S)
    fields.update({name: unescape(value) for name, value in areas})
    return fields


def test_a_browser_write_that_waits_too_long_behind_a_terminals_keeps_what_was_typed_to_send_again(served, monkeypatch):  # noqa: F811
    """Fails on the old code: a reviewer's accept, queued behind the lead's long command, waited 30 s and came back as
    one sentence naming the database file, "Run this one again", with the note they had typed gone and no way to send
    it but to go back and type it again (trial BY 1)."""
    import cmo.store

    demo, running = served
    monkeypatch.setattr(cmo.store, "LOCK_WAIT", 1.0)
    fields = _form(_page(running, "/configurations/C2"), "do-accept")
    holder = sqlite3.connect(demo.folder / "review.db", isolation_level=None)
    holder.execute("BEGIN IMMEDIATE")  # the lead's command, in the middle of its write
    try:
        status, page = _post(running, "/configurations/C2/accept", {**fields, "note": "read the sources: it holds"})
    finally:
        holder.execute("ROLLBACK")
        holder.close()
    said = unescape(page)
    assert status == 503, said
    assert "the review was being changed by another cmo command" in said and "nothing was changed" in said
    assert "review.db" not in said, "a browser's reader is told who holds the review, not the file's path"
    kept = _kept_form(page)
    assert kept["note"] == "read the sources: it holds", "what was typed is kept to send again"
    assert kept["seen"] == fields["seen"][0], "sent again, the page's version is still checked"
    assert demo.json("configs", "show", "C2")["accepted"] is False

    status, page = _post(running, "/configurations/C2/accept", kept)  # "Send again", once the other has finished
    assert status == 200, unescape(page)
    assert demo.json("configs", "show", "C2")["accepted"] is True
    assert demo.json("history", "C2")[-1]["note"] == "read the sources: it holds"


def test_a_write_sent_again_after_the_other_changed_the_same_item_is_refused_as_stale(served, monkeypatch):  # noqa: F811
    """The rule must not let a kept write overwrite what the long command did meanwhile: sent again, it is checked
    against the page it came from, as any write is."""
    import cmo.store

    demo, running = served
    monkeypatch.setattr(cmo.store, "LOCK_WAIT", 1.0)
    fields = _form(_page(running, "/configurations/C3"), "do-edit")
    holder = sqlite3.connect(demo.folder / "review.db", isolation_level=None)
    holder.execute("BEGIN IMMEDIATE")
    try:
        status, page = _post(running, "/configurations/C3/edit", {**fields, "title": "Mine, typed while the lead refined"})
    finally:
        holder.execute("ROLLBACK")
        holder.close()
    assert status == 503, unescape(page)
    demo("configs", "edit", "C3", "--title", "The lead's title", "--by", "Lead (JT)")  # what the long command did
    status, page = _post(running, "/configurations/C3/edit", _kept_form(page))
    assert status == 409, unescape(page)
    assert "Lead (JT) changed C3" in unescape(page)
    assert demo.json("configs", "show", "C3")["title"] == "The lead's title"


def test_a_decision_from_a_page_opened_before_the_round_closed_is_refused_naming_the_round(served):  # noqa: F811
    """Fails on the old code: a reviewer finished a clipped title on a page opened before the lead closed round 1 from
    the command line; the edit went through without a word, into round 2, and the pack went out with the old title
    (trial BY 2). A decision on a configuration from a page of a round since closed is out of date, as after any
    change: refused, saying who closed which round, with what was typed kept to apply in the new round."""
    demo, running = served
    fields = _form(_page(running, "/configurations/C4"), "do-edit")
    title = demo.json("configs", "show", "C4")["title"]
    demo("configs", "edit", "C1", "--title", "Reworded for the next round", "--by", "Lead (JT)")
    closing = demo.json("round", "close", "--note", "second round", "--by", "Lead (JT)", code=None)
    status, page = _post(running, "/configurations/C4/edit", {**fields, "title": "My finished title", "note": "title"})
    said = unescape(page)
    assert status == 409, said
    assert f"Round {closing['round']} was closed since you opened this page" in said
    assert "Lead (JT) changed C4 last" in said, "who closed it, from the history"
    assert demo.json("configs", "show", "C4")["title"] == title, "nothing written"
    kept = _kept_form(page)
    assert kept["title"] == "My finished title"
    status, page = _post(running, "/configurations/C4/edit", kept)  # "Apply my words to the current version"
    assert status == 200, unescape(page)
    assert demo.json("configs", "show", "C4")["title"] == "My finished title"

    # The rule must not fire on a page opened after the round closed, nor on a configuration the page did not show.
    fields = _form(_page(running, "/configurations/C5"), "do-accept")
    status, page = _post(running, "/configurations/C5/accept", {**fields, "note": "fine"})
    assert status == 200, unescape(page)


def _answered(page, within: float = 40.0) -> str:
    """The words of the answer the browser ends up showing to a write ('… done.' or a refusal)."""
    import time

    deadline = time.monotonic() + within
    while time.monotonic() < deadline:
        try:
            page.wait_for_load_state("load")
            shown = page.inner_text("main")
        except Exception:  # noqa: BLE001  (the page navigating meanwhile: read it again)
            continue
        if "done" in shown or "Not done" in shown:
            return shown
        page.wait_for_timeout(200)
    raise AssertionError("the browser shows no answer to the write")


def test_a_decision_clicked_twice_is_sent_once_and_the_page_says_it_was_done(served, chromium):  # noqa: F811
    """Fails on the old code: a double-click on Split (or Accept) sent the form twice; the second answer, the one the
    browser shows, said "Someone changed C7 since you opened this page … Aisha Khan changed C7 last": the reviewer was
    told of a conflict with herself, and offered to apply the split again (trial BY 3)."""
    from test_serve import browse

    demo, running = served
    url = f"{running.url}/configurations/C2"
    page, watch = browse(chromium, url)
    form = page.locator("#do-accept")
    form.locator("input[name=note]").fill("clicked twice")
    holder = sqlite3.connect(demo.folder / "review.db", isolation_level=None)
    holder.execute("BEGIN IMMEDIATE")  # a moment's wait behind another write: the first click is not answered at once
    try:
        # As a person clicks twice, 300 ms apart, the first still unanswered (the page still there).
        twice = "() => { const b = document.querySelector('#do-accept button'); b.click(); setTimeout(() => b.click(), 300); }"
        page.evaluate(twice)
        page.wait_for_timeout(800)
    finally:
        holder.execute("ROLLBACK")
        holder.close()
    shown = _answered(page)
    assert "Someone changed" not in shown and "accept done" in shown, shown
    assert [d["action"] for d in demo.json("history", "C2")].count("accept") == 1
    assert not watch.page_errors, watch.page_errors

    # The rule must not stop a second, different form of the same page, nor the same form once the page is new again.
    page.goto(url + "#S1")
    page.locator("#do-unaccept input[name=note]").fill("not yet")
    page.locator("#do-unaccept button").click()
    page.wait_for_load_state("load")
    assert "unaccept done" in page.inner_text("main")
    page.locator("#do-accept input[name=note]").fill("now yes")
    page.locator("#do-accept button").click()
    page.wait_for_load_state("load")
    assert demo.json("configs", "show", "C2")["accepted"] is True
    page.context.close()
