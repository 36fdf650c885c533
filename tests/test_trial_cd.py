"""Trial CD (transfer-of-care review, three people at once): what the lead and two browser reviewers found.

- On a phone (390 px wide) every page of `cmo serve` fits the screen: a wide table (a configuration's members, the
  sources, the agreement per configuration) scrolls within itself, never the whole page sideways with the header.
"""

from __future__ import annotations

from browser import chromium  # noqa: F401  (the fixture)
from test_serve import served  # noqa: F401  (the fixture)

PHONE = {"width": 390, "height": 844}


def test_every_page_of_serve_fits_a_phone_s_width(served, chromium):  # noqa: F811
    demo, running = served
    key = demo.json("sources", "list")[0]["key"]
    context = chromium.new_context(viewport=PHONE)
    page = context.new_page()
    wide = {}
    for path in [
        "/",
        "/sources",
        f"/sources/{key}",
        "/configurations",
        "/configurations/C1",
        "/rounds",
        "/history/C1",
        "/statements/S5",
    ]:
        page.goto(running.url + path)
        sideways = page.evaluate("() => document.documentElement.scrollWidth - document.documentElement.clientWidth")
        if sideways > 0:
            wide[path] = sideways
    context.close()
    assert wide == {}
