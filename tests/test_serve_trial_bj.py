"""Trial BJ (remote GP consultations for older adults, a team of three in `cmo serve`).

Each test runs a real server over the shipped example review (telemental health, not the trial's topic) as
`cmo serve` configures it (names required), drives it from headless Chromium and checks the review through the CLI.
"""

from __future__ import annotations

from browser import chromium  # noqa: F401  (the fixture)
from test_serve import browse
from test_serve_trial_v import _name, serving  # noqa: F401  (the fixture)


def test_an_edit_to_a_configuration_merged_away_meanwhile_is_refused_keeping_the_words_typed(serving, chromium):  # noqa: F811
    """Fails on the old code: the edit read C3 before checking the page was current, so a teammate's merge of C3 gave
    a 404 naming 'cmo trace' and the words Rosa typed were lost."""
    demo, running = serving
    url = f"{running.url}/configurations/C3"
    rosa, watch = browse(chromium, url)
    _name(rosa, "Rosa (RM)")
    rosa.fill("#do-edit textarea[name=outcome]", "Peers and colleagues trust the service, typed with care")
    rosa.fill("#do-edit input[name=note]", "clearer for the pack")
    demo("configs", "merge", "C1", "C3", "--note", "one safety mechanism", "--by", "Alex (AK)")
    merged_into = demo.json("configs", "show", "C1")
    rosa.locator("#do-edit button").click()
    rosa.wait_for_load_state("load")
    main = rosa.inner_text("main")
    assert "Someone changed C3 since you opened this page; nothing was written" in main
    assert "Alex (AK)" in main and "one safety mechanism" in main, "who changed it and why, from the history"
    assert rosa.input_value("#send-again [name=outcome]") == "Peers and colleagues trust the service, typed with care"
    assert demo.json("configs", "show", "C1") == merged_into, "nothing was written"
    assert demo.json("history", "C3")[-1]["action"] == "merge"
    assert not watch.page_errors, watch.page_errors
    rosa.context.close()


def test_an_edit_from_a_current_page_writes_only_the_fields_changed(serving, chromium):  # noqa: F811
    """The rule must not fire on a page that is current: the edit is written, and a field left as shown is not."""
    demo, running = serving
    url = f"{running.url}/configurations/C5"
    before = demo.json("configs", "show", "C5")
    page, watch = browse(chromium, url)
    _name(page, "Rosa (RM)")
    page.fill("#do-edit textarea[name=outcome]", "People feel less alone and hope grows")
    with page.expect_navigation():
        page.click("#do-edit button")
    now = demo.json("configs", "show", "C5")
    assert now["outcome"] == "People feel less alone and hope grows" and now["title"] == before["title"]
    last = demo.json("history", "C5")[-1]
    assert (last["action"], last["by"]) == ("edit", "Rosa (RM)")
    assert last["after"] == {"outcome": "People feel less alone and hope grows"}, "only the field changed"
    page.goto(url)
    with page.expect_navigation():
        page.click("#do-edit button")
    assert "nothing to save: the wording is as it was" in page.inner_text("main").lower()
    assert not watch.page_errors, watch.page_errors
    page.context.close()


def test_a_retire_in_the_browser_says_which_statements_are_in_no_configuration_now(serving, chromium):  # noqa: F811
    """Fails on the old code: the page said only "retire done.", and the statements C13 held were in no configuration
    without a word; the command line said so, in words of its own."""
    demo, running = serving
    held = demo.json("configs", "show", "C13")["statements"]
    page, watch = browse(chromium, f"{running.url}/configurations/C13")
    _name(page, "Rosa (RM)")
    page.fill("#do-retire input[name=note]", "infection control is not a mechanism of remote care")
    with page.expect_navigation():
        page.click("#do-retire button")
    said = page.inner_text(".said")
    ids = ", ".join(held)
    assert said.startswith(f"Retired C13; {ids} {'is' if len(held) == 1 else 'are'} free, in no configuration now"), said
    assert "the Attach form on a configuration's page" in said and "cmo configs" not in said, "the page's own way"
    free = {s["id"] for s in demo.json("code", "list") if not s["configurations"]}
    assert set(held) <= free, "what the page says is so"
    assert not watch.page_errors, watch.page_errors
    page.context.close()

    # The command line says the same, by one rule, with its own way of placing them.
    out = demo("configs", "retire", "C12", "--note", "folded into the privacy finding").output
    assert "Retired C12;" in out and "in no configuration now" in out and "'cmo configs attach" in out


def test_a_command_a_page_also_does_is_named_by_the_page_first_with_the_id_it_is_about():
    """Fails on the old code: only six commands were known, so the refine page and a gone configuration's page told a
    browser user to run 'cmo configs split C1 …', 'cmo trace C5', 'cmo code suggest S2' (trial BJ)."""
    from cmo.web.app import on_the_web

    told = on_the_web(
        "C1 was proposed on no mechanism word in common: 'cmo configs split C1 --statements S22' if so; "
        "'cmo code suggest S2' shows the words each shares"
    )
    assert "the Split off form on C1's page or 'cmo configs split C1 --statements S22' at a terminal if so" in told
    assert "S2's page (Where it may belong) or 'cmo code suggest S2' at a terminal shows the words" in told
    gone = on_the_web(
        "configuration C13 was merged into C5; its evidence is in C5 now ('cmo trace C5'); 'cmo history C13' says how and why."
    )
    assert gone == (
        "Configuration C13 was merged into C5; its evidence is in C5 now (C5's page or 'cmo trace C5' at a terminal); "
        "C13's history page or 'cmo history C13' at a terminal says how and why."
    )
    # A command no page does is left as written, and so is one that is only mentioned, unquoted, mid-sentence.
    assert (
        on_the_web("write it with 'cmo export --format docx -o table.docx'.")
        == "Write it with 'cmo export --format docx -o table.docx'."
    )
    assert on_the_web("proposed by cmo refine (hybrid, threshold 0.25)") == "Proposed by cmo refine (hybrid, threshold 0.25)"


def test_the_refine_page_names_the_pages_way_for_what_it_asks(serving, chromium):  # noqa: F811
    """Fails on the old code: the browser's refine printed its lines as the terminal does ('cmo configs attach S40 …',
    'cmo code suggest S40'), never the forms the pages have."""
    demo, running = serving
    demo(
        "code", "add", "--source", "schlief2022telemental", "--context", "Parents of children on waiting lists",
        "--mechanism", "Text reminders reassure them that they have not been forgotten",
        "--outcome", "Fewer families drop off the list",
    )  # fmt: skip
    added = demo.json("code", "list")[-1]["id"]
    page, watch = browse(chromium, f"{running.url}/configurations")
    _name(page, "Rosa (RM)")
    with page.expect_navigation():
        page.click("form[action='/refine'] button")
    told = next(line for line in page.locator("ul.changes li").all_inner_texts() if line.startswith(f"{added} stands alone"))
    assert f"the Attach form on the configuration's page or 'cmo configs attach {added} --to ID' at a terminal" in told
    assert f"{added}'s page (Where it may belong) or 'cmo code suggest {added}' at a terminal shows" in told
    assert not watch.page_errors, watch.page_errors
    page.context.close()
