"""Trial CD (transfer-of-care review, three people at once): what the lead and two browser reviewers found.

- On a phone (390 px wide) every page of `cmo serve` fits the screen: a wide table (a configuration's members, the
  sources, the agreement per configuration) scrolls within itself, never the whole page sideways with the header.
- A consultation pack tells the reference group that a finding is not yet weighed for or against a configuration
  without the team's statement ids and commands ("'cmo code mark S16 --supporting C2'" was in the pack).
"""

from __future__ import annotations

from browser import chromium  # noqa: F401  (the fixture)
from test_serve import served  # noqa: F401  (the fixture)

PHONE = {"width": 390, "height": 844}

FALLS_RECORDS = """TY  - JOUR
AU  - Lindqvist, Maja
TI  - Home exercise after a fall: a qualitative study
JO  - Age and Ageing
PY  - 2019
ER  -

TY  - JOUR
AU  - Osei, Kwame
TI  - Physiotherapist phone calls and home exercise adherence
JO  - Physiotherapy
PY  - 2021
ER  -

TY  - JOUR
AU  - Moreau, Claire
TI  - Falls clinics and strength training at home
JO  - BMC Geriatrics
PY  - 2020
ER  -
"""


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


def test_a_pack_tells_the_group_of_a_finding_not_yet_weighed_without_the_team_s_commands(cmo, tmp_path):
    rows = [
        (
            "Lindqvist",
            "Older people sent home after a fall with an exercise sheet",
            "A physiotherapist phones them each week to ask about the exercises",
            "The exercises are kept up",
            "",
        ),
        (
            "Osei",
            "Older people given home exercises by the falls service",
            "Weekly phone calls from the physiotherapist remind them of the exercises",
            "The exercises are kept up for three months",
            "",
        ),
        (
            "Moreau",
            "Older people given home exercises by the falls clinic",
            "The physiotherapist phones them once a month about the exercises",
            "Falls are not prevented",
            "",
        ),
    ]
    (tmp_path / "records.ris").write_text(FALLS_RECORDS, encoding="utf-8")
    cmo("init", str(cmo.folder))
    cmo("ingest", str(tmp_path / "records.ris"))
    keys = {s["key"].split("20")[0]: s["key"] for s in cmo.json("sources", "list")}
    cmo("select", "include", *keys.values())
    sheet = tmp_path / "coding.csv"
    sheet.write_text("source,context,mechanism,outcome\n" + "".join(f"{keys[a.lower()]},{c},{m},{o}\n" for a, c, m, o, _ in rows))
    cmo("code", "import", str(sheet))
    cmo("refine", "--backend", "lexical", "--threshold", "0.05", code=None)
    (config,) = cmo.json("configs", "list")
    assert "'cmo code mark S3" in config["strength_reason"]  # the team's listing keeps its commands
    cmo("round", "close", code=None)
    cmo("pack", "-o", str(tmp_path / "pack.html"))
    pack = (tmp_path / "pack.html").read_text(encoding="utf-8")
    assert "cmo code mark" not in pack and "S3 is not yet decided" not in pack
    assert "1 finding whose outcome goes the other way is not yet weighed" in pack
