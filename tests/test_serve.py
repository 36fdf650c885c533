"""`cmo serve` in Debian's chromium: every page, every kind of write, and the writes it must refuse.

A real uvicorn server runs over the example review in a thread; the CLI (through the same CliRunner the
other tests use) checks what the browser did, and the browser sees what the CLI did.
"""

from __future__ import annotations

import csv
import socket
import tempfile
import threading
import time
import urllib.error
import urllib.request
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest
from browser import LAUNCH_ARGS, Watch, artifact, chromium  # noqa: F401  (the fixture)

from cmo.web.app import Settings, create_app


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


class Running:
    """One uvicorn server in a thread, stopped at the end of the test."""

    def __init__(self, folder: Path, host: str = "127.0.0.1", key: str | None = None, settings: Settings | None = None):
        import uvicorn

        self.settings = settings or Settings(folder=folder, host=host, port=free_port(), key=key)
        host = self.settings.host
        config = uvicorn.Config(create_app(self.settings), host=host, port=self.settings.port, log_level="warning")
        self.server = uvicorn.Server(config)
        self.thread = threading.Thread(target=self.server.run, daemon=True)
        self.thread.start()
        deadline = time.monotonic() + 10
        while not self.server.started and time.monotonic() < deadline:
            time.sleep(0.05)
        assert self.server.started, "the server did not start"
        self.url = f"http://{host}:{self.settings.port}"

    def stop(self) -> None:
        self.server.should_exit = True
        self.thread.join(timeout=10)


@pytest.fixture
def served(demo):
    running = Running(demo.folder)
    yield demo, running
    running.stop()


def browse(browser, url: str, *, javascript: bool = True):
    context = browser.new_context(viewport={"width": 1280, "height": 900}, java_script_enabled=javascript, accept_downloads=True)
    page = context.new_page()
    watch = Watch()
    page.on("console", lambda msg: watch.console_errors.append(msg.text) if msg.type == "error" else None)
    page.on("pageerror", lambda error: watch.page_errors.append(str(error)))
    page.goto(url)
    return page, watch


def every_page(demo) -> list[str]:
    """One page of each kind `cmo serve` shows, on the example review."""
    key = demo.json("sources", "list")[0]["key"]
    return [
        "/",
        "/sources",
        f"/sources/{key}",
        "/configurations",
        "/configurations/C1",
        "/rounds",
        "/history/C1",
        "/statements/S5",
    ]


def test_every_page_reads_with_and_without_javascript(served, chromium):  # noqa: F811
    demo, running = served
    paths = every_page(demo)
    for javascript in (True, False):
        page, watch = browse(chromium, running.url + "/", javascript=javascript)
        for path in paths:
            response = page.goto(running.url + path)
            assert response.status == 200, path
            assert page.locator("h1").inner_text().strip(), path
        assert not watch.problems, watch.problems
        page.context.close()
    page, _ = browse(chromium, running.url + "/configurations/C1")
    assert "Clinicians" in page.inner_text("main") or page.locator("dl.cmo").count() == 1
    page.screenshot(path=str(artifact("serve-configuration.png")), full_page=False)
    page.context.close()


NEW_RECORDS = """@article{newone2024, title = {Video peer groups for carers}, author = {Able, Ann}, year = {2024},
  journal = {Journal of Carers}, abstract = {Carers met peers by video and felt less alone.}}
@article{newtwo2024, title = {Telephone triage in general practice}, author = {Baker, Bo}, year = {2024},
  journal = {Primary Care Today}}
"""


def test_sources_search_filter_and_screen_with_the_keyboard(served, chromium, tmp_path):  # noqa: F811
    demo, running = served
    (tmp_path / "new.bib").write_text(NEW_RECORDS, encoding="utf-8")
    demo("ingest", str(tmp_path / "new.bib"))
    page, watch = browse(chromium, running.url + "/sources?status=unscreened")
    first = demo.json("sources", "list", "--status", "unscreened")
    assert page.locator("table.sources tbody tr").count() == len(first)
    page.goto(running.url + "/sources?q=triage")
    assert page.locator("table.sources tbody tr").count() == 1
    page.goto(f"{running.url}/sources/{first[0]['key']}")
    with page.expect_navigation():
        page.keyboard.press("i")
    assert demo.json("sources", "show", first[0]["key"])["status"] == "included"
    page.goto(f"{running.url}/sources/{first[1]['key']}")
    page.keyboard.press("x")
    assert page.evaluate("document.activeElement.id") == "reason", "x with no reason asks for one"
    page.fill("#reason", "not about remote care")
    with page.expect_navigation():
        page.click("#exclude")
    shown = demo.json("sources", "show", first[1]["key"])
    assert (shown["status"], shown["exclusion_reason"]) == ("excluded", "not about remote care")
    page.goto(f"{running.url}/sources/{first[1]['key']}")
    page.select_option("form.appraise select[name=rigour]", "high")
    page.select_option("form.appraise select[name=relevance]", "medium")
    page.click("form.appraise button")
    page.wait_for_load_state("load")
    assert demo.json("sources", "show", first[1]["key"])["appraisal"]["rigour"] == "high"
    assert not watch.problems, watch.problems
    page.context.close()


def test_code_a_statement_from_a_selected_passage_then_delete_it(served, chromium):  # noqa: F811
    demo, running = served
    key = next(s["key"] for s in demo.json("sources", "list") if demo.json("sources", "show", s["key"])["abstract"])
    page, watch = browse(chromium, f"{running.url}/sources/{key}")
    page.evaluate(
        """() => { const p = document.querySelector('.passage'); const r = document.createRange();
        r.setStart(p.firstChild, 0); r.setEnd(p.firstChild, 40); const s = window.getSelection();
        s.removeAllRanges(); s.addRange(r); p.dispatchEvent(new MouseEvent('mouseup', {bubbles: true})); }"""
    )
    assert page.input_value("#quote"), "the selected passage fills the quote"
    quoted = page.input_value("#quote")
    page.fill("textarea[name=context]", "Carers of people with dementia")
    page.fill("textarea[name=mechanism]", "A named contact made them feel someone was on their side")
    page.fill("textarea[name=outcome]", "They kept using the service")
    page.click("form.statement-form button")
    page.wait_for_load_state("load")
    added = [s for s in demo.json("code", "list") if s["context"] == "Carers of people with dementia"]
    assert len(added) == 1 and added[0]["quote"] == quoted and added[0]["source"] == key
    sid = added[0]["id"]
    page.fill(f"#{sid} input[name=note]", "coded by mistake")
    page.click(f"#{sid} form button")
    page.wait_for_load_state("load")
    assert demo.json("code", "show", sid)["deleted"] is True
    assert not watch.problems, watch.problems
    page.context.close()


def decide(page, url: str, action: str, fields: dict[str, str] | None = None, note: str = "in the browser") -> None:
    page.goto(url)
    form = page.locator(f"#do-{action}")
    for name, value in (fields or {}).items():
        form.locator(f"[name={name}]").fill(value) if name != "domain" else form.locator("select[name=domain]").select_option(
            value
        )
    form.locator("input[name=note]").fill(note)
    form.locator("select[name=move]").select_option("consolidate")
    form.locator("button").click()
    page.wait_for_load_state("load")


def test_every_decision_on_a_configuration_and_refine(served, chromium):  # noqa: F811
    demo, running = served
    made = demo.json("configs", "new", "--statements", "S3,S15,S22", "--note", "to decide on")["id"]
    url = f"{running.url}/configurations/{made}"
    page, watch = browse(chromium, url)
    decide(page, url, "edit", {"title": "Choice of format, by hand", "outcome": "people keep to the format they chose"})
    edited = demo.json("configs", "show", made)
    assert (edited["title"], edited["outcome"]) == ("Choice of format, by hand", "people keep to the format they chose")
    decide(page, url, "move", {"domain": "connecting"})
    assert demo.json("configs", "show", made)["domain"] == "connecting"
    decide(page, url, "split", {"statements": "S3"})
    assert demo.json("configs", "show", made)["statements"] == ["S15", "S22"]
    split_off = next(c["id"] for c in demo.json("configs", "list") if c["statements"] == ["S3"])
    decide(page, url, "merge", {"others": split_off})
    assert demo.json("configs", "show", made)["statements"] == ["S3", "S15", "S22"]
    decide(page, url, "detach", {"statement": "S22"})
    assert "S22" not in demo.json("configs", "show", made)["statements"]
    assert "Detached by a person" in urllib.request.urlopen(f"{running.url}/statements/S22").read().decode()
    decide(page, url, "attach", {"statement": "S22"})
    assert "S22" in demo.json("configs", "show", made)["statements"]
    decide(page, url, "accept")
    assert demo.json("configs", "show", made)["accepted"] is True
    trail = demo.json("history", made)
    assert [d["move"] for d in trail[-7:]] == ["consolidate"] * 7 and trail[-1]["note"] == "in the browser"
    page.goto(running.url + "/configurations")
    page.click("#refine")
    page.wait_for_load_state("load")
    assert "similarity, threshold" in page.inner_text("main")
    other = next(c["id"] for c in demo.json("configs", "list") if c["id"] != made and not c["accepted"])
    decide(page, f"{running.url}/configurations/{other}", "retire", note="duplicate")
    assert other not in {c["id"] for c in demo.json("configs", "list")}
    assert not watch.problems, watch.problems
    page.context.close()


def test_rounds_close_packs_and_feedback(served, chromium, tmp_path, monkeypatch):  # noqa: F811
    demo, running = served
    scratch = tmp_path / "server-tmp"
    scratch.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(scratch))  # the server runs in this process
    page, watch = browse(chromium, running.url + "/rounds")
    before = len(demo.json("round", "list"))
    page.click("#close-round")
    page.wait_for_load_state("load")
    assert "froze them" in page.inner_text("body") and len(demo.json("round", "list")) == before  # nothing changed since
    assert [e for e in watch.console_errors if "400" not in e] == []
    watch.console_errors.clear()  # the refusal's own status, as the browser logs it
    demo("configs", "edit", "C2", "--title", "Reworded after the first round")
    page.goto(running.url + "/rounds")
    page.click("#close-round")
    page.wait_for_load_state("load")
    rounds = demo.json("round", "list")
    assert len(rounds) == before + 1
    number = rounds[-1]["round"]
    with page.expect_download() as download:
        page.click(f"a[href='/rounds/{number}/pack']")
    pack = Path(download.value.path()).read_text(encoding="utf-8")
    assert "<html" in pack and "C1" in pack
    template = tmp_path / "answers.csv"
    demo("feedback", "template", "-o", str(template), "--round", str(number))
    rows = list(csv.DictReader(template.open(encoding="utf-8-sig")))
    rows[0].update({"respondent": "R1", "rating": "agree", "comment": "rings true"})
    with template.open("w", encoding="utf-8", newline="") as out:
        writer = csv.DictWriter(out, fieldnames=list(rows[0]))
        writer.writeheader()
        writer.writerows(rows[:1])
    page.goto(running.url + "/rounds")
    page.set_input_files("input[type=file]", str(template))
    page.click("form[enctype] button")
    page.wait_for_load_state("load")
    assert "1 answer imported" in page.inner_text(".said")
    assert any(f["comment"] == "rings true" for f in demo.json("feedback", "list"))
    assert page.locator("table.agreement tbody tr").count() >= 1
    assert list(scratch.iterdir()) == []  # neither the pack nor the respondents' answers are left behind
    assert not watch.problems, watch.problems
    page.context.close()


def test_a_page_on_another_site_cannot_write(served, chromium):  # noqa: F811
    demo, running = served
    before = demo.json("configs", "show", "C1")
    target = f"{running.url}/configurations/C1/accept"

    class Evil(BaseHTTPRequestHandler):
        def do_GET(self):  # noqa: N802
            body = (
                f'<form method="post" action="{target}"><input name="token" value="guess">'
                '<input name="note" value="hijacked"></form><script>document.forms[0].submit()</script>'
            ).encode()
            self.send_response(200)
            self.send_header("Content-Type", "text/html")
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, *args):
            pass

    evil = ThreadingHTTPServer(("127.0.0.1", free_port()), Evil)
    threading.Thread(target=evil.serve_forever, daemon=True).start()
    try:
        page, _ = browse(chromium, f"http://127.0.0.1:{evil.server_address[1]}/")
        page.wait_for_url(target)
        assert "another site" in page.inner_text("main")
        page.context.close()
    finally:
        evil.shutdown()
    assert demo.json("configs", "show", "C1") == before
    request = urllib.request.Request(target, data=b"note=x", method="POST", headers={"Origin": "http://evil.example"})
    with pytest.raises(urllib.error.HTTPError) as refused:
        urllib.request.urlopen(request)
    assert refused.value.code == 403
    with pytest.raises(urllib.error.HTTPError) as wrong_host:
        urllib.request.urlopen(urllib.request.Request(running.url + "/", headers={"Host": "evil.example"}))
    assert wrong_host.value.code == 400


def test_a_decision_in_the_browser_records_the_feedback_behind_it_and_edits_key_contexts(served, chromium, tmp_path):  # noqa: F811
    """RAMESES item 11 needs each change linked to the feedback that prompted it; the browser could not say which."""
    demo, running = served
    sheet = tmp_path / "answers.csv"
    sheet.write_text("Respondent,Configuration,Rating,Comment\nR1,C1,partly,only where others share the home\n", "utf-8")
    demo("feedback", "import", str(sheet))
    answers = demo.json("feedback", "list")
    url = f"{running.url}/configurations/{answers[0]['configuration']}"
    page, watch = browse(chromium, url)
    decide(page, url, "edit", {"key_contexts": "Young people sharing a home", "because": answers[0]["id"].lower()})
    shown = demo.json("configs", "show", answers[0]["configuration"])
    assert shown["key_contexts"] == "Young people sharing a home"
    last = demo.json("history", answers[0]["configuration"])[-1]
    assert (last["action"], last["because"]) == ("edit", [answers[0]["id"]])
    assert not watch.problems, watch.problems
    page.context.close()


def test_a_write_from_a_stale_page_is_refused_and_the_other_kept(served, chromium):  # noqa: F811
    demo, running = served
    url = f"{running.url}/configurations/C1"
    first, _ = browse(chromium, url)
    second, _ = browse(chromium, url)
    decide(first, url, "edit", {"title": "Mine, from the first browser"})
    second.locator("#do-edit input[name=title]").fill("Theirs, from a page opened before")
    second.locator("#do-edit button").click()
    second.wait_for_load_state("load")
    assert "Someone changed C1 since you opened this page" in second.inner_text("main")
    assert demo.json("configs", "show", "C1")["title"] == "Mine, from the first browser"
    demo("configs", "edit", "C1", "--title", "From the command line")
    first.locator("#do-accept button").click()
    first.wait_for_load_state("load")
    assert "Someone changed C1" in first.inner_text("main"), "a CLI change makes the page stale too"
    first.context.close()
    second.context.close()


def test_two_browsers_and_the_cli_at_once_leave_the_review_consistent(served):
    demo, running = served
    token = running.settings.token

    def post(path: str, fields: dict) -> int:
        from urllib.parse import urlencode

        data = urlencode({"token": token, **fields}).encode()
        try:
            return urllib.request.urlopen(urllib.request.Request(running.url + path, data=data, method="POST")).status
        except urllib.error.HTTPError as error:
            return error.code

    sources = [s["key"] for s in demo.json("sources", "list")]
    from cmo.commands.guard import current
    from cmo.commands.review import open_review

    review = open_review(demo.folder)
    seen = {k: current(review, k) for k in sources}
    review.close()
    answers: list[int] = []  # 200: done (after the redirect), 409: refused as stale
    threads = [
        threading.Thread(
            target=lambda k=k: answers.append(post(f"/sources/{k}/screen", {"seen": seen[k], "decision": "unscreen"}))
        )
        for k in sources
    ]
    for t in threads:
        t.start()
    demo("refine")
    demo("select", "exclude", sources[0], "--reason", "from the command line, meanwhile", code=None)
    for t in threads:
        t.join()
    assert set(answers) <= {200, 409} and answers.count(200) >= len(sources) - 1, answers
    statuses = {s["key"]: s["status"] for s in demo.json("sources", "list")}
    assert statuses[sources[0]] == "excluded", "the command line's exclusion is never overwritten by a stale page"
    assert all(statuses[k] == "unscreened" for k in sources[1:])
    for key in sources:
        assert len([d for d in demo.json("history", key) if d["action"] == "select-unscreened"]) <= 1


def test_beyond_loopback_the_access_key_is_needed(demo):
    running = Running(demo.folder, host="127.0.0.2", key="k3y")
    try:
        with pytest.raises(urllib.error.HTTPError) as locked:
            urllib.request.urlopen(running.url + "/")
        assert locked.value.code == 401
        opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor())
        assert opener.open(running.url + "/?key=k3y").status == 200
        assert opener.open(running.url + "/sources").status == 200, "the key is kept in a cookie"
    finally:
        running.stop()


def test_serve_help_has_an_example(cmo):
    assert "cmo serve --port" in cmo("serve", "--help").stdout


def test_launch_args_match_the_browser_harness():
    assert "--disable-background-networking" in LAUNCH_ARGS


def test_edit_a_statement_in_the_browser_and_the_history_keeps_what_it_said(served, chromium):  # noqa: F811
    demo, running = served
    before = demo.json("code", "show", "S5")
    page, watch = browse(chromium, f"{running.url}/statements/S5")
    page.fill("#edit-statement textarea[name=mechanism]", "Peers made them feel understood")
    page.fill("#edit-statement input[name=why]", "typo in the sheet")
    with page.expect_navigation():
        page.click("#edit-statement button")
    after = demo.json("code", "show", "S5")
    assert after["mechanism"] == "Peers made them feel understood" and after["context"] == before["context"]
    last = demo.json("history", "S5")[-1]
    assert (last["action"], last["note"]) == ("code-edit", "typo in the sheet")
    assert last["before"] == {"mechanism": before["mechanism"]} and last["after"] == {"mechanism": after["mechanism"]}
    assert not watch.problems, watch.problems
    page.context.close()


def test_a_new_review_with_nothing_in_it_reads_everywhere(cmo, chromium):  # noqa: F811
    cmo("init", str(cmo.folder))
    running = Running(cmo.folder)
    try:
        page, watch = browse(chromium, running.url + "/")
        for path in ("/", "/sources", "/configurations", "/rounds"):
            assert page.goto(running.url + path).status == 200, path
        assert page.goto(running.url + "/configurations/C1").status == 404
        assert "not in this review" in page.inner_text("main") or "C1" in page.inner_text("main")
        assert not [p for p in watch.problems if "404" not in p], watch.problems
        page.context.close()
    finally:
        running.stop()


HOSTILE = """@article{hostile2024, title = {<script>alert("title")</script><img src=x onerror=alert(1)>},
  author = {O'Brien, <b>Bold</b>}, year = {2024}, journal = {"><svg onload=alert(2)>},
  abstract = {</div><script>alert("abstract")</script>}}
"""


def test_hostile_text_from_a_bibliography_stays_text_in_every_page(served, chromium, tmp_path):  # noqa: F811
    demo, running = served
    (tmp_path / "hostile.bib").write_text(HOSTILE, encoding="utf-8")
    demo("ingest", str(tmp_path / "hostile.bib"))
    page, watch = browse(chromium, f"{running.url}/sources/hostile2024")
    assert '<script>alert("title")</script>' in page.locator("h1").inner_text()
    assert page.locator("main script, main img, main svg").count() == 0
    page.goto(running.url + "/sources?q=script")
    assert page.locator("table.sources tbody tr").count() == 1
    assert not watch.dialogs and not watch.problems, (watch.dialogs, watch.problems)
    page.context.close()


def test_cmo_serve_starts_from_the_command_line_and_beyond_loopback_prints_its_key(demo):
    import re
    import subprocess
    import sys

    from conftest import REPO

    port = free_port()
    command = [sys.executable, str(REPO / "cli.py"), "--review", str(demo.folder), "serve", "--no-browser", "--port", str(port)]
    for host, needs_key in (("127.0.0.1", False), ("127.0.0.2", True)):
        child = subprocess.Popen([*command, "--host", host], stderr=subprocess.PIPE, text=True)
        try:
            said = child.stderr.readline()
            address = re.search(r"http://\S+", said).group(0)
            assert ("?key=" in address) is needs_key, said
            deadline = time.monotonic() + 10
            opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor())  # the key is kept in a cookie
            while True:
                try:
                    with opener.open(address) as answer:
                        assert answer.status == 200
                    break
                except (urllib.error.URLError, ConnectionError):
                    assert time.monotonic() < deadline, "cmo serve did not answer"
                    time.sleep(0.1)
            if needs_key:
                with pytest.raises(urllib.error.HTTPError) as locked:
                    urllib.request.urlopen(address.split("?")[0])
                assert locked.value.code == 401
        finally:
            child.terminate()
            child.wait(timeout=10)


def test_a_port_in_use_is_one_sentence(demo):
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        said = demo("serve", "--no-browser", "--port", str(port), code=2).stderr
    assert f"cannot listen on 127.0.0.1:{port} (in use by another program)" in said and "Traceback" not in said


def test_words_on_a_page_come_only_from_this_server_and_a_write_never_sends_the_browser_elsewhere(served):
    demo, running = served
    forged = urllib.request.urlopen(running.url + "/configurations?said=Your+review+was+deleted").read().decode()
    assert "Your review was deleted" not in forged
    key = demo.json("sources", "list")[0]["key"]
    from urllib.parse import urlencode

    from cmo.commands.guard import current
    from cmo.commands.review import open_review

    review = open_review(demo.folder)
    seen = current(review, key)
    review.close()
    data = urlencode({"token": running.settings.token, "seen": seen, "decision": "unscreen", "then": "//evil.example/x"})

    class NoRedirect(urllib.request.HTTPRedirectHandler):
        def redirect_request(self, *args, **kwargs):
            return None

    opener = urllib.request.build_opener(NoRedirect())
    with pytest.raises(urllib.error.HTTPError) as moved:
        opener.open(urllib.request.Request(f"{running.url}/sources/{key}/screen", data=data.encode(), method="POST"))
    assert moved.value.code == 303
    location = moved.value.headers["Location"]
    assert location.startswith(f"/sources/{key}?told=") and "evil" not in location
    shown = urllib.request.urlopen(running.url + location).read().decode()
    assert f"{key} unscreened." in shown


def test_a_teams_own_columns_show_on_the_statement_page_as_text(served, tmp_path):
    """The sheet's own columns are kept with each statement; the browser shows them, escaped like everything."""
    demo, running = served
    sheet = tmp_path / "own.csv"
    with sheet.open("w", newline="", encoding="utf-8") as handle:
        csv.writer(handle).writerows(
            [
                ["source", "context", "mechanism", "outcome", "CMOC ID", "Confidence", "items"],
                [
                    "schlief2022telemental",
                    "Adults at night",
                    "Staff answer quickly",
                    "They trust the line",
                    "CMOC 9",
                    "<b>high</b>",
                    "3",
                ],
            ]
        )
    added = demo.json("code", "import", str(sheet))["statements"][0]
    page = urllib.request.urlopen(f"{running.url}/statements/{added}").read().decode()
    assert "<dt>CMOC ID</dt><dd>CMOC 9</dd>" in page and "<dd>&lt;b&gt;high&lt;/b&gt;</dd>" in page
    assert "<dt>items</dt><dd>3</dd>" in page  # a column named like a dict's own method is still a column


def test_excluding_a_coded_source_in_the_browser_warns_as_the_cli_does(served, chromium):  # noqa: F811
    demo, running = served
    key = "aldersey2021training"  # two statements in C2 of the example review
    holders = [c["id"] for c in demo.json("configs", "list") if key in c["sources"]]
    page, watch = browse(chromium, f"{running.url}/sources/{key}")
    page.fill("#reason", "training, not service delivery")
    with page.expect_navigation():
        page.click("#exclude")
    assert page.url.split("?")[0] == f"{running.url}/sources/{key}", "it stays on the source the warning is about"
    assert page.inner_text(".said") == f"{key} excluded."
    warning = page.inner_text(".warnings")
    assert f"{key} has 2 coded statements (in {', '.join(holders)})" in warning
    assert "they stay in their configurations but no longer count towards the strength of evidence" in warning
    assert page.locator(".warnings").get_attribute("role") == "alert"
    assert demo.json("sources", "show", key)["status"] == "excluded"
    assert "warning=" not in page.url and "excluded" not in page.url, "the words are kept by the server, not in the address"
    landed = page.url
    page.goto(landed + "&said=Your+review+was+deleted&warning=Your+review+was+deleted")
    assert "deleted" not in page.inner_text("main") and page.inner_text(".said") == f"{key} excluded."
    page.goto(landed.split("?")[0] + "?told=" + "x" * len(landed.split("told=")[1]))
    assert page.locator(".said").count() == 0 and page.locator(".warnings").count() == 0  # an id it never gave
    assert not watch.problems, watch.problems
    page.context.close()


def _feedback_sheet(demo, path: Path, rows_of: callable) -> Path:
    """The round's template, filled by `rows_of` (the template's rows in, the answers out)."""
    demo("feedback", "template", "-o", str(path))
    rows = list(csv.DictReader(path.open(encoding="utf-8-sig")))
    answers = rows_of(rows)
    with path.open("w", encoding="utf-8", newline="") as out:
        writer = csv.DictWriter(out, fieldnames=list(rows[0]))
        writer.writeheader()
        writer.writerows(answers)
    return path


def _upload(page, url: str, path: Path) -> None:
    page.goto(url + "/rounds")
    page.set_input_files("input[type=file]", str(path))
    with page.expect_navigation():
        page.click("form[enctype] button")


def test_a_forms_numbered_ratings_upload_with_the_scale_typed_beside_the_file(served, chromium, tmp_path):  # noqa: F811
    """A linear scale's numbers are refused without their scale, and read with the one typed beside the file."""
    demo, running = served
    sheet = _feedback_sheet(demo, tmp_path / "linear-scale.csv", lambda rows: [{**rows[0], "pseudonym": "R9", "rating": "4"}])
    page, _ = browse(chromium, running.url + "/rounds")
    _upload(page, running.url, sheet)
    assert "'4' is a number alone" in page.inner_text("main")
    page.goto(running.url + "/rounds")
    page.set_input_files("input[type=file]", str(sheet))
    page.fill("input[name=scale]", "1-5")
    with page.expect_navigation():
        page.click("form[enctype] button")
    assert page.inner_text(".said") == "1 answer imported from linear-scale.csv."
    page.context.close()
    answer = next(f for f in demo.json("feedback", "list") if f["respondent"] == "R9")
    assert (answer["rating"], answer["answer"]) == ("agree", "4 on the 1–5 scale")


def _answered_twice(rows: list[dict]) -> list[dict]:
    first = {**rows[0], "pseudonym": "R7", "rating": "agree", "comment": "first thought"}
    return [first, {**first, "rating": "partly", "comment": "second thought"}]


def test_a_feedback_upload_names_the_file_the_person_chose_in_its_warnings_and_problems(served, chromium, tmp_path):  # noqa: F811
    demo, running = served
    sheet = _feedback_sheet(demo, tmp_path / "jo-round-1.csv", _answered_twice)
    page, watch = browse(chromium, running.url + "/rounds")
    _upload(page, running.url, sheet)
    assert page.inner_text(".said") == (
        "1 answer imported from jo-round-1.csv, and kept 1 earlier answer a respondent gave again (F1), marked replaced by "
        "their later answer."
    )
    warning = page.inner_text(".warnings")
    assert "jo-round-1.csv: R7 answered" in warning and "only the later answer is counted" in warning
    assert "cmo-feedback-" not in warning and str(tmp_path) not in warning

    bad = tmp_path / "not-feedback.csv"
    bad.write_text("name,score\nJo,5\n", encoding="utf-8")
    _upload(page, running.url, bad)
    problem = page.inner_text("main")
    assert "not-feedback.csv" in problem and "cmo-feedback-" not in problem and "/tmp" not in problem
    assert [e for e in watch.console_errors if "400" not in e] == [] and not watch.page_errors
    page.context.close()


def test_an_uploaded_feedback_file_is_recorded_under_its_own_name(served, chromium, tmp_path):  # noqa: F811
    demo, running = served
    sheet = _feedback_sheet(demo, tmp_path / "jo-round-1.csv", lambda rows: [{**rows[0], "pseudonym": "R8", "rating": "agree"}])
    page, _ = browse(chromium, running.url + "/rounds")
    _upload(page, running.url, sheet)
    page.context.close()
    answer = next(f for f in demo.json("feedback", "list") if f["respondent"] == "R8")
    assert answer["file"] == "jo-round-1.csv"
    imported = [d for d in demo.json("history", answer["id"]) if d["action"] == "feedback-import"]
    assert imported[-1]["after"]["files"] == ["jo-round-1.csv"]


def test_excluding_a_coded_source_on_the_web_says_what_to_do_on_the_web(served):
    """Trial E: the warning told a browser user to run 'cmo configs detach'; the page names its own Detach form first."""
    from urllib.parse import urlencode

    from cmo.commands.guard import current
    from cmo.commands.review import open_review

    demo, running = served
    key = next(c for c in demo.json("configs", "list") if c["sources"])["sources"][0]
    review = open_review(demo.folder)
    seen = current(review, key)
    review.close()
    data = urlencode({"token": running.settings.token, "seen": seen, "decision": "exclude", "reason": "not about prisons"})
    request = urllib.request.Request(f"{running.url}/sources/{key}/screen", data=data.encode(), method="POST")
    shown = urllib.request.urlopen(request).read().decode()  # follows the redirect to the source's page
    warning = shown.split('class="warnings"', 1)[1].split("</ul>", 1)[0]
    assert "the Detach form on the configuration&#39;s page or &#39;cmo configs detach&#39; at a terminal" in warning


def test_a_statement_coded_in_the_browser_as_one_marked_sentence(served, chromium):  # noqa: F811
    """The form takes a published-style CMOC sentence as `code add --cmoc` does; a sentence with no marks is refused
    with the reason, and nothing is added."""
    demo, running = served
    key = "schlief2022telemental"
    before = len(demo.json("code", "list"))
    page, watch = browse(chromium, f"{running.url}/sources/{key}")
    page.fill(
        "textarea[name=cmoc]", "Where callers can stay anonymous (C), they feel safe to talk (M), leading to longer calls (O)"
    )
    with page.expect_navigation():
        page.click("form.statement-form button")
    added = demo.json("code", "list")[before:]
    assert [(s["context"], s["mechanism"], s["outcome"], s["source"]) for s in added] == [
        ("callers can stay anonymous", "they feel safe to talk", "longer calls", key)  # "Where" is the sentence's frame
    ]
    page.goto(f"{running.url}/sources/{key}")
    page.fill("textarea[name=cmoc]", "Callers stay anonymous and talk longer")
    with page.expect_navigation():
        page.click("form.statement-form button")
    assert "marks no part" in page.inner_text(".problem")
    assert len(demo.json("code", "list")) == before + 1
    assert [e for e in watch.console_errors if "400" not in e] == [] and not watch.page_errors  # the refusal's own 400
    page.context.close()
