"""Trial CL (police-mental health street triage: a lead at the command line, two reviewers in `cmo serve`, one on a
phone 390 px wide, one at a desk).

Each test runs a real server over the shipped example review (telemental health, not the trial's topic) in Debian's
chromium.
"""

from __future__ import annotations

import shutil
from html import unescape
from pathlib import Path

from browser import chromium  # noqa: F401  (the fixture)
from test_serve import every_page, served  # noqa: F401  (the fixture)

PHONE = {"width": 390, "height": 844}
TRIAL = Path(__file__).resolve().parent / "data" / "trial_cl"

# Every word in a table cell whose letters the browser set on more than one line: a word cut mid-way.
WORDS_CUT = """() => {
  const cut = [];
  for (const cell of document.querySelectorAll('td, th')) {
    const walker = document.createTreeWalker(cell, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      if (node.parentElement.closest('details:not([open])')) continue;
      const re = /[\\p{L}\\p{N}]+/gu;
      let m;
      while ((m = re.exec(node.data))) {
        if (m[0].length < 2 || m[0].length > 16) continue;  // a long key or address may break; a word must not
        const range = document.createRange();
        range.setStart(node, m.index);
        range.setEnd(node, m.index + m[0].length);
        const tops = new Set(Array.from(range.getClientRects()).filter(r => r.width > 0).map(r => Math.round(r.top)));
        if (tops.size > 1) cut.push(m[0]);
      }
    }
  }
  return cut;
}"""


def test_a_table_on_a_phone_keeps_its_words_whole_and_scrolls_within_itself(served, chromium):  # noqa: F811
    """Fails on the old code: on a phone every table of `cmo serve` was squeezed to the screen's width by breaking words
    anywhere, so the sources list read "2/0/1/8", "ar/ti/cl/e", "un/scr/ee/ned" down a column a letter or three wide and
    a configuration's members "by/its/wor/ding" (trial CL 1). A wide table scrolls within itself instead; the page still
    never scrolls sideways."""
    demo, running = served
    context = chromium.new_context(viewport=PHONE)
    page = context.new_page()
    cut, sideways = {}, {}
    for path in every_page(demo):
        page.goto(running.url + path)
        words = page.evaluate(WORDS_CUT)
        if words:
            cut[path] = words[:8]
        wide = page.evaluate("() => document.documentElement.scrollWidth - document.documentElement.clientWidth")
        if wide > 0:
            sideways[path] = wide
    context.close()
    assert cut == {}, "words cut mid-way in tables on a phone"
    assert sideways == {}


def test_a_table_at_a_desk_is_untouched_by_the_phone_rule(served, chromium):  # noqa: F811
    """The rule must not fire at a desk: there a table is a table, as wide as the page, no scrolling of its own."""
    demo, running = served
    context = chromium.new_context(viewport={"width": 1280, "height": 900})
    page = context.new_page()
    page.goto(running.url + "/sources")
    shown = page.evaluate("() => getComputedStyle(document.querySelector('table')).display")
    assert shown == "table"
    assert page.evaluate(WORDS_CUT) == []
    context.close()


def _configurations(demo) -> dict[str, dict]:
    return {c["id"]: demo.json("configs", "show", c["id"]) for c in demo.json("configs", "list")}


def _what_a_person_decides_on(config: dict) -> tuple:
    return tuple(str(config.get(field)) for field in ("title", "context", "mechanism", "outcome", "statements", "domain"))


def triage_review(cmo) -> None:
    """The trial's review as the lead built it: two exports ingested, the coding sheet imported, refined; no person has
    decided anything yet, so no configuration is pinned."""
    cmo("init", str(cmo.folder))
    shutil.copy(TRIAL / "review.yaml", cmo.folder / "review.yaml")
    cmo("ingest", str(TRIAL / "zotero-triage.bib"), str(TRIAL / "medline-triage.ris"))
    cmo("code", "import", str(TRIAL / "coding-triage.csv"), "--by", "Lead (JT)")
    cmo("refine", "--backend", "lexical", "--by", "Lead (JT)")


def test_a_refine_that_only_rewrites_its_own_notes_on_a_configuration_refuses_no_one_s_write_there(cmo, tmp_path):
    """Fails on the old code: the lead coded three statements at a terminal and ran refine while a reviewer had a
    configuration open; refine changed nothing of it a person reads or decides on (its words, members, marks, domain),
    only its own note of how alike its statements read (0.278 became 0.277, as every statement coded anywhere shifts
    it). The reviewer's mark and the other's merge were refused, "Someone changed C9 since you opened this page",
    naming a refine from before the page was opened (trial CL 2)."""
    from test_serve import Running
    from test_serve_trial_bp import _form, _page, _post

    triage_review(cmo)
    running = Running(cmo.folder)
    try:
        before = _configurations(cmo)
        pages = {cid: _page(running, f"/configurations/{cid}") for cid in before}
        cmo("code", "import", str(TRIAL / "coding-triage-2.csv"), "--by", "Lead (JT)")
        cmo("refine", "--backend", "lexical", "--by", "Lead (JT)")
        after = _configurations(cmo)
        only_notes = [
            cid
            for cid in pages
            if _what_a_person_decides_on(before[cid]) == _what_a_person_decides_on(after[cid]) and before[cid] != after[cid]
        ]
        assert only_notes, "the refine rewrote no configuration's notes alone: the test needs one"
        for cid in only_notes:
            fields = _form(pages[cid], "do-accept")
            status, page = _post(running, f"/configurations/{cid}/accept", {**fields, "note": "read it on my phone"})
            assert status == 200, page
            assert cmo.json("configs", "show", cid)["accepted"] is True
    finally:
        running.stop()


def test_a_change_a_person_decides_on_still_refuses_a_write_from_a_page_opened_before_it(served):  # noqa: F811
    """The rule must not let a write through when what the page showed did change: the lead retitles the configuration
    at a terminal, and the reviewer's accept from the page opened before is refused, naming the lead."""
    from test_serve_trial_bp import _form, _page, _post

    demo, running = served
    page = _page(running, "/configurations/C4")
    demo("configs", "edit", "C4", "--title", "Named by the lead", "--by", "Lead (JT)")
    status, refused = _post(running, "/configurations/C4/accept", {**_form(page, "do-accept"), "note": "fine"})
    assert status == 409, refused
    assert demo.json("configs", "show", "C4")["accepted"] is False


def test_a_write_from_a_page_opened_before_the_first_round_closed_is_refused_naming_the_round(cmo):
    """Fails on the old code: a reviewer retitling C7 while the lead closed round 1 was told "Someone changed C7 since
    you opened this page ... Lead (JT) changed C7 last (close-round C7, C1, C2 ... and 14 more)", not that the round had
    closed and a decision now is round 2's: closing the first round pins every configuration the refine proposed (so
    refine keeps them as the packs show them), and the rule that names the round saw that as someone's change (trial CL
    3)."""
    from test_serve import Running
    from test_serve_trial_bp import _form, _page, _post

    triage_review(cmo)
    running = Running(cmo.folder)
    try:
        page = _page(running, "/configurations/C3")
        cmo("round", "close", code=None)
        status, refused = _post(running, "/configurations/C3/accept", {**_form(page, "do-accept"), "note": "as I read it"})
        said = unescape(refused)
        assert status == 409, said
        assert "Round 1 was closed since you opened this page" in said
        assert cmo.json("configs", "show", "C3")["accepted"] is False
    finally:
        running.stop()


def test_a_person_s_decision_in_the_same_moment_as_the_round_closing_is_still_named_as_theirs(cmo):
    """The rule must not fire when someone else changed the configuration too: the lead retitles C3 and closes the
    round; the reviewer's accept is refused naming the lead's change, not only the round."""
    from test_serve import Running
    from test_serve_trial_bp import _form, _page, _post

    triage_review(cmo)
    running = Running(cmo.folder)
    try:
        page = _page(running, "/configurations/C3")
        cmo("configs", "edit", "C3", "--title", "Custody as a place of safety", "--by", "Lead (JT)")
        cmo("round", "close", code=None)
        status, refused = _post(running, "/configurations/C3/accept", {**_form(page, "do-accept"), "note": "as I read it"})
        said = unescape(refused)
        assert status == 409, said
        assert "Round 1 was closed since you opened this page" not in said
        assert "changed C3" in said
    finally:
        running.stop()
