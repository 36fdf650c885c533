"""Trial G's `cmo serve` faults, in Debian's chromium over the example review (a real uvicorn server, the real
SQLite file): a refusal that names a form reads as sentences; the new-configuration page does not offer what it
would refuse; a closed round's feedback can be read; the upload box says it takes the pack's JSON."""

from __future__ import annotations

import re
import urllib.error
import urllib.request
from urllib.parse import urlencode

import pytest
from browser import chromium  # noqa: F401  (the fixture)
from feedback_files import answers_file
from test_serve import Running, browse

from cmo.web.app import on_the_web


@pytest.fixture
def served(demo):
    running = Running(demo.folder)
    yield demo, running
    running.stop()


def _sentences_well_begun(text: str) -> bool:
    """Every sentence begins with a capital: the text's first letter, and the first after each full stop."""
    return text[:1].isupper() and not re.search(r"[.!?] +[a-z]", text)


def test_a_command_that_begins_a_sentence_becomes_a_sentence_that_names_the_form():
    told = on_the_web(
        "detaching S4 would change C1, which the team accepted; nothing was changed. 'cmo configs unaccept C1' first "
        "if it should change."
    )
    assert told == (
        "Detaching S4 would change C1, which the team accepted; nothing was changed. Use the Unaccept form on the "
        "configuration's page (or 'cmo configs unaccept C1' at a terminal) first if it should change."
    )
    assert on_the_web("someone changed C5 since you opened this page; nothing was written.").startswith("Someone changed")
    assert on_the_web("smith2019rural has 2 coded statements.").startswith("smith2019rural")  # a key stays as written


def test_the_refusal_to_change_an_accepted_configuration_reads_as_sentences_on_the_page(served, chromium):  # noqa: F811
    from cmo.commands.guard import current
    from cmo.commands.review import open_review

    demo, running = served
    demo("configs", "accept", "C1")
    statement = demo.json("configs", "show", "C1")["statements"][0]
    review = open_review(demo.folder)
    seen = current(review, "C1")
    review.close()
    page, watch = browse(chromium, f"{running.url}/configurations/C1")
    data = urlencode({"token": running.settings.token, "seen": seen, "statement": statement, "note": "x"})
    request = urllib.request.Request(f"{running.url}/configurations/C1/detach", data=data.encode(), method="POST")
    with pytest.raises(urllib.error.HTTPError) as refused:
        urllib.request.urlopen(request)
    assert refused.value.code == 400
    page.set_content(refused.value.read().decode())
    message = " ".join(page.inner_text(".problem").split())
    assert "the team accepted; nothing was changed" in message and "Unaccept form" in message
    assert _sentences_well_begun(message), message
    assert statement in demo.json("configs", "show", "C1")["statements"]
    page.context.close()


def test_the_new_configuration_page_shows_statements_of_an_accepted_configuration_disabled(served, chromium):  # noqa: F811
    demo, running = served
    demo("configs", "accept", "C1")
    held = demo.json("configs", "show", "C1")["statements"]
    other = next(s for c in demo.json("configs", "list") if c["id"] != "C1" for s in c["statements"] if s not in held)
    page, watch = browse(chromium, f"{running.url}/configurations/new?statements={held[0]},{other}")
    for sid in held:
        tick = page.locator(f"input[name=statements][value='{sid}']")
        assert tick.is_disabled() and not tick.is_checked()
        label = " ".join(page.locator("label.tick", has=tick).inner_text().split())
        assert label.endswith("(in accepted C1)")
    assert page.locator(f"input[name=statements][value='{other}']").is_enabled()
    assert page.locator(f"input[name=statements][value='{other}']").is_checked()
    assert not watch.problems, watch.problems
    page.context.close()


def test_the_rounds_page_shows_a_closed_rounds_feedback_and_takes_the_packs_json(served, chromium, tmp_path):  # noqa: F811
    demo, running = served
    first = answers_file(tmp_path / "owl.json", "Grey Owl", 1, {"C2": ("disagree", "Not on our ward.")}, group="cyp")
    (answer,) = demo.json("feedback", "import", str(first))["feedback"]
    demo("configs", "edit", "C2", "--title", "Reworded after the first round")
    demo("round", "close", "--note", "second round")
    page, watch = browse(chromium, f"{running.url}/rounds")
    assert "Round 2: agreement per configuration" in page.inner_text("body")  # the latest, by default
    assert page.locator(f"tr#{answer}").count() == 0
    for url in (f"{running.url}/rounds/1", f"{running.url}/rounds?round=1"):
        page.goto(url)
        body = page.inner_text("body")
        assert "Round 1: agreement per configuration" in body and "Round 1: the answers" in body
        row = " ".join(page.inner_text(f"tr#{answer}").split())
        assert "C2" in row and "Grey Owl (Children and young people)" in row and "Not on our ward." in row
        c2 = page.locator("table.agreement tr", has=page.locator("a[href='/configurations/C2']"))
        assert c2.locator("td").nth(4).inner_text() == "1"  # one disagrees
    label = " ".join(page.inner_text("label:has(input[type=file])").split())
    assert "JSON" in label and "CSV" in label and "XLSX" in label
    page.goto(f"{running.url}/rounds/7")
    assert "round 7 has not been closed" in page.inner_text("body").lower()
    assert not [p for p in watch.problems if "404" not in p], watch.problems

    later = answers_file(tmp_path / "heron.json", "Blue Heron", 1, {"C3": ("agree", "Yes.")}, group="cyp")
    page.goto(f"{running.url}/rounds")
    page.set_input_files("input[type=file]", str(later))  # the pack's JSON, through the box that says it takes it
    page.click("form[enctype] button")
    page.wait_for_load_state("load")
    assert "1 answer imported" in page.inner_text(".said")
    page.context.close()
