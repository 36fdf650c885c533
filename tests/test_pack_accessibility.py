"""The consultation pack as people with low vision read it: contrast, 200 % zoom, headings."""

from __future__ import annotations

from browser import open_page

CONTRAST = """() => {
  const parse = c => c.match(/[\\d.]+/g).map(Number);
  const lum = ([r, g, b]) => {
    const f = v => { v /= 255; return v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4); };
    return 0.2126 * f(r) + 0.7152 * f(g) + 0.0722 * f(b);
  };
  const background = el => {
    for (; el; el = el.parentElement) {
      const c = parse(getComputedStyle(el).backgroundColor);
      if (c.length < 4 || c[3] > 0) return c.slice(0, 3);
    }
    return [255, 255, 255];
  };
  const worst = [];
  for (const el of document.querySelectorAll('body *')) {
    const own = [...el.childNodes].some(n => n.nodeType === 3 && n.textContent.trim());
    if (!own || el.offsetParent === null) continue;
    const fg = lum(parse(getComputedStyle(el).color)), bg = lum(background(el));
    const ratio = (Math.max(fg, bg) + 0.05) / (Math.min(fg, bg) + 0.05);
    if (ratio < 4.5) worst.push(el.tagName + ' ' + ratio.toFixed(2) + ' ' + el.textContent.trim().slice(0, 40));
  }
  return worst;
}"""


def test_all_text_has_enough_contrast(demo, chromium):  # noqa: F811
    page, watch = open_page(chromium, demo.folder / "packs" / "pack-round-1.html")
    assert page.evaluate(CONTRAST) == []
    assert watch.problems == []


def test_readable_at_200_percent_zoom(demo, chromium):  # noqa: F811
    """200 % zoom on a 1280-px screen lays the page out in 640 CSS pixels: nothing may spill sideways."""
    page, watch = open_page(chromium, demo.folder / "packs" / "pack-round-1.html", width=640, height=800)
    assert page.evaluate("document.documentElement.scrollWidth") <= 640
    levels = page.evaluate("[...document.querySelectorAll('h1,h2,h3,h4')].map(h => Number(h.tagName[1]))")
    assert levels[0] == 1 and all(b - a <= 1 for a, b in zip(levels, levels[1:]))
    assert watch.problems == []
