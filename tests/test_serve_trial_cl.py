"""Trial CL (police-mental health street triage: a lead at the command line, two reviewers in `cmo serve`, one on a
phone 390 px wide, one at a desk).

Each test runs a real server over the shipped example review (telemental health, not the trial's topic) in Debian's
chromium.
"""

from __future__ import annotations

from browser import chromium  # noqa: F401  (the fixture)
from test_serve import every_page, served  # noqa: F401  (the fixture)

PHONE = {"width": 390, "height": 844}

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
