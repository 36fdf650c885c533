"""`cmo serve`: citing feedback, marking a member, making a configuration, and an import's warnings in full.

Trial finding: the browser could not cite feedback, mark a member or make a configuration. Each is done here in
headless chromium against a real server over the example review, checked through the CLI, and each write is also
refused as the other forms are: from another site, without this session's token, and from a stale page.
"""

from __future__ import annotations

import csv
import re
import urllib.error
import urllib.request
from pathlib import Path
from urllib.parse import urlencode

import pytest
from test_serve import browse, served  # noqa: F401  (the fixture)

ANSWERS = (
    "Respondent,Configuration,Rating,Comment\n"
    "Kestrel,C1,Somewhat agree,rings true\n"
    "Wren,C1,Neither agree nor disagree,\"<script>alert('wren')</script><img src=x onerror=alert(2)>\"\n"
    "Owl,overall,,carers are missing\n"
    "Lark,C2,agree,fine\n"
)
"""F1 and F2 answer C1 (the second, neutral, with a hostile comment), F3 the whole theory, F4 answers C2."""


def _answers(demo, tmp_path: Path) -> None:
    sheet = tmp_path / "answers.csv"
    sheet.write_text(ANSWERS, encoding="utf-8")
    demo("feedback", "import", str(sheet), code=1)  # exit 1: it says how it read the five-point words


def _version(demo, target: str) -> str:
    from cmo.commands.guard import current
    from cmo.commands.review import open_review

    review = open_review(demo.folder)
    try:
        return current(review, target)
    finally:
        review.close()


def _post(running, path: str, fields: dict, *, origin: str | None = None) -> tuple[int, str]:
    """A form posted as a browser posts it (redirect followed): the status and the page."""
    headers = {"Origin": origin} if origin else {}
    request = urllib.request.Request(
        running.url + path, data=urlencode(fields, doseq=True).encode(), method="POST", headers=headers
    )
    try:
        with urllib.request.urlopen(request) as answer:
            return answer.status, answer.read().decode()
    except urllib.error.HTTPError as error:
        return error.code, error.read().decode()


def _main(page_html: str) -> str:
    """The page's main part (its tag has attributes since CR's skip link: '<main id="main" tabindex="-1">')."""
    return re.split(r"<main\b[^>]*>", page_html, maxsplit=1)[1].split("</main>", 1)[0]


def test_cite_feedback_on_a_configurations_page_with_ratings_in_the_respondents_words(served, chromium, tmp_path):  # noqa: F811
    demo, running = served
    _answers(demo, tmp_path)
    page, watch = browse(chromium, f"{running.url}/configurations/C1")
    answers = page.locator("ul.answers").inner_text()
    assert "F1 (no group, round 1) agree (“Somewhat agree”)" in answers
    assert "F2 (no group, round 1) “Neither agree nor disagree”" in answers and "no rating" not in answers
    assert "<script>alert('wren')</script>" in answers, "a hostile comment is shown as the text it is"
    assert page.locator("main script, main img").count() == 0 and not watch.dialogs
    offered = page.locator("#do-cite input[name=feedback]").evaluate_all("boxes => boxes.map(b => b.value)")
    assert offered == ["F1", "F2", "F3"], "an answer on C1 or on the whole theory, never one on C2"
    page.check("#do-cite input[value=F1]")
    page.check("#do-cite input[value=F3]")
    page.fill("#do-cite input[name=note]", "the group confirmed it from practice")
    with page.expect_navigation():
        page.click("#do-cite button")
    assert page.inner_text(".said") == "C1 now cites F1, F3 as evidence."
    assert "?told=" in page.url and "cites" not in page.url
    assert demo.json("configs", "show", "C1")["feedback_evidence"] == ["F1", "F3"]
    last = demo.json("history", "C1")[-1]
    assert (last["action"], last["because"], last["note"]) == (
        "cite-feedback",
        ["F1", "F3"],
        "the group confirmed it from practice",
    )
    assert "Cited as evidence: F1 (no group, round 1, agree (“Somewhat agree”)); F3" in page.inner_text("p.cited")
    assert page.locator("#do-cite input[name=feedback]").evaluate_all("boxes => boxes.map(b => b.value)") == ["F2"]

    # An answer on another configuration: the command's sentence, on the page, and nothing written.
    status, shown = _post(
        running, "/configurations/C1/cite", {"token": running.settings.token, "seen": _version(demo, "C1"), "feedback": "F4"}
    )
    assert status == 400 and "F4 answers C2, not C1 or a configuration it came from" in _main(shown)
    assert demo.json("configs", "show", "C1")["feedback_evidence"] == ["F1", "F3"]

    # A stale page: someone cited from the command line since it was opened.
    demo("configs", "cite", "C1", "--feedback", "F2")
    page.check("#do-cite input[value=F2]")
    page.click("#do-cite button")
    page.wait_for_load_state("load")
    assert "Someone changed C1 since you opened this page; nothing was written" in page.inner_text("main")
    assert [d["action"] for d in demo.json("history", "C1")][-2:] == ["cite-feedback", "cite-feedback"]
    assert not watch.page_errors
    page.context.close()


def test_mark_a_member_supporting_contradicting_and_clear_it(served, chromium, tmp_path):  # noqa: F811
    demo, running = served
    _answers(demo, tmp_path)
    member = demo.json("configs", "show", "C1")["statements"][0]
    url = f"{running.url}/configurations/C1"
    page, watch = browse(chromium, url)
    assert "by its wording: supporting" in page.inner_text(f"tr#{member} .stance")

    def mark(stance: str, note: str, because: str = "") -> None:
        form = page.locator(f"#mark-{member}")
        page.click(f"tr#{member} details summary")
        form.locator("input[name=note]").fill(note)
        form.locator("input[name=because]").fill(because)
        form.locator("select[name=move]").select_option("adjudicate")
        with page.expect_navigation():
            form.locator(f"button[value={stance}]").click()

    mark("contradicting", "the converse of the claim", "f2")
    assert page.inner_text(".said") == f"{member} marked contradicting C1 (contradicting it now: {member})."
    assert demo.json("code", "show", member)["stance"] == {"C1": "contradicting"}
    assert demo.json("configs", "show", "C1")["contradicting"] == [member]
    assert "marked contradicting by a person" in page.inner_text(f"tr#{member} .stance")
    assert f"{member} (contradicts)" in page.inner_text(f"tr#{member}")
    last = demo.json("history", member)[-1]
    assert (last["action"], last["because"], last["move"], last["note"]) == (
        "mark",
        ["F2"],
        "adjudicate",
        "the converse of the claim",
    )

    mark("supporting", "on reflection it supports")
    assert demo.json("code", "show", member)["stance"] == {"C1": "supporting"}
    assert demo.json("configs", "show", "C1")["contradicting"] == []
    mark("clear", "let the wording decide")
    assert page.inner_text(".said") == f"{member}'s mark for C1 cleared (contradicting it now: none)."
    assert demo.json("code", "show", member)["stance"] == {}
    assert page.locator(f"#mark-{member} button[value=clear]").count() == 0, "no mark, nothing to clear"

    # A stale page: the statement was marked at a terminal since the page was opened; nothing written.
    demo("code", "mark", member, "--contradicting", "C1", "--note", "from the terminal")
    mark("supporting", "from an old page")
    assert "Someone changed" in page.inner_text("main") and "nothing was written" in page.inner_text("main")
    assert demo.json("code", "show", member)["stance"] == {"C1": "contradicting"}
    assert demo.json("history", member)[-1]["note"] == "from the terminal"
    assert not watch.page_errors
    page.context.close()


def test_make_a_configuration_from_chosen_statements(served, chromium):  # noqa: F811
    demo, running = served
    c1, c3 = (demo.json("configs", "show", c)["statements"] for c in ("C1", "C3"))
    page, watch = browse(chromium, f"{running.url}/configurations")
    with page.expect_navigation():
        page.click("#new-configuration")
    assert page.locator("h1").inner_text() == "New configuration"
    for sid in [*c1, c3[0]]:  # all of C1, one of C3
        page.check(f"#new-form input[name=statements][value={sid}]")
    page.select_option("#new-form select[name=domain]", "connecting")
    page.fill("#new-form input[name=note]", "a distinct mechanism")
    page.select_option("#new-form select[name=move]", "juxtapose")
    with page.expect_navigation():
        page.click("#new-form button")
    made = demo.json("configs", "list")[-1]
    assert page.url.split("?")[0] == f"{running.url}/configurations/{made['id']}"
    chosen = ", ".join([*c1, c3[0]])
    assert page.inner_text(".said") == (
        f"Made {made['id']} from {chosen} ({', '.join(c1)} from C1; {c3[0]} from C3). C1, left with no statements, is retired."
    )
    assert made["statements"] == [*c1, c3[0]] and made["domain"] == "connecting"
    assert "C1" not in {c["id"] for c in demo.json("configs", "list")}
    assert demo.json("configs", "show", "C3")["statements"] == c3[1:]
    last = demo.json("history", made["id"])[-1]
    assert (last["action"], last["move"], last["note"]) == ("new", "juxtapose", "a distinct mechanism")

    # A statement of an accepted configuration: offered disabled (trial G), and refused if sent all the same (a form
    # changed by hand), with the command's sentence, naming the page's way first.
    demo("configs", "accept", "C3")
    page.goto(f"{running.url}/configurations/new")
    tick = page.locator(f"#new-form input[name=statements][value={c3[1]}]")
    assert tick.is_disabled() and "(in accepted C3)" in page.inner_text(f"label.tick:has(input[value={c3[1]}])")
    tick.evaluate("box => { box.disabled = false; }")
    page.check(f"#new-form input[name=statements][value={c3[1]}]")
    page.click("#new-form button")
    page.wait_for_load_state("load")
    refusal = page.inner_text("main")
    assert f"Taking {c3[1]} out would change C3, which the team accepted; nothing was changed." in refusal
    assert "the Unaccept form on the configuration's page or 'cmo configs unaccept C3' at a terminal" in refusal
    assert demo.json("configs", "list")[-1]["id"] == made["id"], "nothing was made"

    # A stale page: one of the chosen statements moved at a terminal since; nothing written.
    page.goto(f"{running.url}/configurations/new")
    free = demo.json("configs", "show", "C4")["statements"][0]
    page.check(f"#new-form input[name=statements][value={free}]")
    demo("configs", "attach", free, "--to", made["id"], "--note", "meanwhile")
    page.click("#new-form button")
    page.wait_for_load_state("load")
    assert "since you opened this page; nothing was written" in page.inner_text("main")
    assert demo.json("configs", "list")[-1]["id"] == made["id"] and free in demo.json("configs", "show", made["id"])["statements"]
    assert not watch.page_errors
    page.context.close()


def test_a_configuration_page_offers_unaccept_and_a_preselected_new_configuration(served, chromium):  # noqa: F811
    demo, running = served
    demo("configs", "accept", "C2")
    url = f"{running.url}/configurations/C2"
    page, watch = browse(chromium, url)
    assert page.locator("#do-accept").count() == 0
    page.fill("#do-unaccept input[name=note]", "the second round disagreed")
    with page.expect_navigation():
        page.click("#do-unaccept button")
    assert demo.json("configs", "show", "C2")["accepted"] is False
    assert page.locator("#do-accept").count() == 1
    statements = demo.json("configs", "show", "C2")["statements"]
    page.goto(f"{running.url}/configurations/new?statements={statements[0].lower()}")
    ticked = page.locator("#new-form input[name=statements]:checked").evaluate_all("boxes => boxes.map(b => b.value)")
    assert ticked == [statements[0]]
    assert not watch.problems, watch.problems
    page.context.close()


@pytest.mark.parametrize(
    ("path", "fields"),
    [
        ("/configurations/C1/cite", {"feedback": "F1"}),
        ("/configurations/C1/mark", {"statement": "S3", "stance": "contradicting"}),
        ("/configurations/new", {"statements": "S3"}),
    ],
)
def test_the_new_writes_refuse_another_site_and_a_missing_token(served, tmp_path, path, fields):  # noqa: F811
    demo, running = served
    _answers(demo, tmp_path)
    before = len(demo.json("history", "C1"))
    seen = {"seen": _version(demo, "C1"), "seen_statement": _version(demo, "S3"), "seen-S3": _version(demo, "S3")}
    seen["seen-C1"] = seen["seen"]
    status, shown = _post(running, path, {"token": running.settings.token, **seen, **fields}, origin="http://evil.example")
    assert status == 403 and "another site" in shown
    status, shown = _post(running, path, {"token": "guessed", **seen, **fields})
    assert status == 403 and "not from this cmo serve session" in shown
    assert len(demo.json("history", "C1")) == before, "nothing was changed"
    status, _ = _post(running, path, {"token": running.settings.token, **seen, **fields})
    assert status == 200 and len(demo.json("history", "C1")) == before + 1, "the same form from this session is done"


def _twice_each(count: int, hostile: str):
    def rows_of(rows: list[dict]) -> list[dict]:
        answers = []
        for n in range(count):
            who = hostile if n == 0 else f"Respondent {n:02d}"
            first = {**rows[0], "pseudonym": who, "rating": "agree", "comment": "first"}
            answers += [first, {**first, "rating": "partly", "comment": "second"}]
        return answers

    return rows_of


def test_every_import_warning_is_on_the_page_however_many_and_escaped(served, chromium, tmp_path):  # noqa: F811
    demo, running = served
    hostile = "<img src=x onerror=alert('who')>"
    many = 40  # each answered twice: forty warnings, far more than an address carries
    sheet = tmp_path / "round-1.csv"
    demo("feedback", "template", "-o", str(sheet))
    rows = list(csv.DictReader(sheet.open(encoding="utf-8-sig")))
    with sheet.open("w", encoding="utf-8", newline="") as out:
        writer = csv.DictWriter(out, fieldnames=list(rows[0]))
        writer.writeheader()
        writer.writerows(_twice_each(many, hostile)(rows))
    page, watch = browse(chromium, running.url + "/rounds")
    page.set_input_files("input[type=file]", str(sheet))
    with page.expect_navigation():
        page.click("form[enctype] button")
    said = page.inner_text(".said")  # every id stored is named, the earlier answers too (trial W)
    assert said.startswith(f"{many} answers imported from round-1.csv, and kept {many} earlier answers respondents gave again")
    warnings = page.locator(".warnings li").all_inner_texts()
    assert len(warnings) == many and not any("more warnings" in w for w in warnings)
    assert f"warning: round-1.csv: {hostile} answered" in warnings[0]
    assert "Respondent 39 answered" in warnings[-1]
    assert page.locator("main img").count() == 0 and not watch.dialogs
    assert len(page.url) < 200, "the warnings are not carried in the address"
    page.reload()
    assert len(page.locator(".warnings li").all_inner_texts()) == many, "a reload says it again"

    # A later file from one respondent replaces an answer a configuration cites: the page says so, and where to cite.
    cited = next(f for f in demo.json("feedback", "list") if f["respondent"] == "Respondent 01")
    demo("configs", "cite", cited["configuration"], "--feedback", cited["id"])
    later = tmp_path / "round-1-again.csv"
    with later.open("w", encoding="utf-8", newline="") as out:
        writer = csv.DictWriter(out, fieldnames=list(rows[0]))
        writer.writeheader()
        writer.writerow({**rows[0], "pseudonym": "Respondent 01", "rating": "disagree", "comment": "changed my mind"})
    page.set_input_files("input[type=file]", str(later))
    with page.expect_navigation():
        page.click("form[enctype] button")
    new = next(f for f in demo.json("feedback", "list") if f["comment"] == "changed my mind")
    said = page.inner_text(".said")
    assert f"later file replaced their earlier answer {cited['id']}" in said
    warning = page.inner_text(".warnings")
    config = cited["configuration"]
    assert f"{config} cites {cited['id']}, which Respondent 01 replaced with {new['id']}" in warning
    assert (
        f"the Cite feedback form on the configuration's page or 'cmo configs cite {config} --feedback {new['id']}' at a terminal"
        in warning
    )
    assert not watch.page_errors
    page.context.close()
