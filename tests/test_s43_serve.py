"""The browser's rounds page says what `round close --check` says (trial BJ 5), on the shipped example review."""

from __future__ import annotations

from browser import chromium  # noqa: F401  (the fixture)
from test_serve import browse
from test_serve_trial_v import _name, serving  # noqa: F401  (the fixture)


def test_the_rounds_page_checks_what_closing_would_send_and_the_close_says_it_too(serving, chromium):  # noqa: F811
    """Fails on the old code: the page had only a "Close and freeze" button, so a round froze with a statement in no
    configuration, which `cmo round close --check` names, and the close said only "round 2 closed."."""
    demo, running = serving
    held = demo.json("configs", "show", "C13")["statements"]
    demo("configs", "retire", "C13", "--note", "infection control is not a mechanism of remote care")
    page, watch = browse(chromium, f"{running.url}/rounds")
    _name(page, "Rosa (RM)")
    with page.expect_navigation():
        page.click("#check-round")
    checked = page.inner_text("#round-check")
    assert "Closing round 2 now would send" in checked
    assert all(sid in checked for sid in held) and "in no configuration" in checked, checked
    assert "the Attach form" in checked, "the page's own way first"
    assert demo.json("round", "list")[-1]["round"] == 1, "a check changes nothing"
    with page.expect_navigation():
        page.click("#close-round")
    warned = page.inner_text(".warnings")
    assert all(sid in warned for sid in held) and "in no configuration" in warned, warned
    assert not watch.page_errors, watch.page_errors
    page.context.close()
