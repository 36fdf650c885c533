"""Trial CD (transfer-of-care review, three people at once): what the lead and two browser reviewers found.

- On a phone (390 px wide) every page of `cmo serve` fits the screen: a wide table (a configuration's members, the
  sources, the agreement per configuration) scrolls within itself, never the whole page sideways with the header.
- A consultation pack tells the reference group that a finding is not yet weighed for or against a configuration
  without the team's statement ids and commands ("'cmo code mark S16 --supporting C2'" was in the pack).
- An accepted configuration's page offers its title, key contexts and domain to change, as `configs edit` and `move` take
  them, and shows its context, mechanism and outcome read-only: typed there, the words were refused and lost.
- On a source's page, x asks for the reason; typed and Enter pressed, the source is excluded with it (Enter took the
  form's first button, Include: the source was included and the reason lost).
- A write refused for what it asks (a statement not in the configuration, a configuration accepted) gives back what was
  typed in a form to correct and send again, as a refusal for someone's change meanwhile does: the page's Back reloads
  it empty (every page is no-store), so the note was lost.
- A configuration's title is never cut before the "as" of its object's complement ("…see the service | as worth
  doing" was titled "…and see the service"); a phrase of "as" that is no complement may still be cut.
- `cmo report` says each member not yet decided, as the report it wrote says so in its table (exit 1), and says
  nothing once a person has marked it.
"""

from __future__ import annotations

from browser import chromium  # noqa: F401  (the fixture)
from test_serve import NEW_RECORDS, every_page, served  # noqa: F401  (the fixture)

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
    context = chromium.new_context(viewport=PHONE)
    page = context.new_page()
    wide = {}
    for path in every_page(demo):
        page.goto(running.url + path)
        sideways = page.evaluate("() => document.documentElement.scrollWidth - document.documentElement.clientWidth")
        if sideways > 0:
            wide[path] = sideways
    context.close()
    assert wide == {}


def falls_review(cmo, tmp_path):
    """A review of home exercise after a fall, refined into one configuration whose third member's outcome reads as not
    following: not yet decided."""
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
    return config


def test_a_pack_tells_the_group_of_a_finding_not_yet_weighed_without_the_team_s_commands(cmo, tmp_path):
    config = falls_review(cmo, tmp_path)
    assert "'cmo code mark S3" in config["strength_reason"]  # the team's listing keeps its commands
    cmo("round", "close", code=None)
    cmo("pack", "-o", str(tmp_path / "pack.html"))
    pack = (tmp_path / "pack.html").read_text(encoding="utf-8")
    assert "cmo code mark" not in pack and "S3 is not yet decided" not in pack
    assert "1 finding whose outcome goes the other way, or is uncertain, is not yet weighed" in pack


def test_the_report_says_each_member_not_yet_decided_and_nothing_once_marked(cmo, tmp_path):
    falls_review(cmo, tmp_path)
    yaml = cmo.folder / "review.yaml"
    text = yaml.read_text(encoding="utf-8").replace("title: ''", "title: Home exercise after a fall", 1)
    yaml.write_text(text.replace("question: ''", "question: What keeps older people exercising at home?", 1), encoding="utf-8")
    done = cmo("report", "-o", str(tmp_path / "report.html"), code=1)
    assert "S3 is not yet decided for C1" in done.stderr
    assert "the report's strength of evidence for C1 says so" in done.stderr
    cmo("code", "mark", "S3", "--contradicting", "C1")
    done = cmo("report", "-o", str(tmp_path / "report.html"), code=0)
    assert "not yet decided" not in done.stderr


def test_an_accepted_configuration_s_page_keeps_its_cmo_read_only_and_its_title_editable(served, chromium):  # noqa: F811
    demo, running = served
    demo("configs", "accept", "C2", "--note", "settled at the team meeting")
    context = chromium.new_context(viewport={"width": 1280, "height": 900})
    page = context.new_page()
    page.goto(running.url + "/")
    page.locator("form.deciding-as input[name=name]").fill("Priya")
    page.locator("form.deciding-as button").first.click()
    page.goto(running.url + "/configurations/C2")
    form = page.locator("form#do-edit")
    for part in ("context", "mechanism", "outcome"):
        assert form.locator(f"[name={part}]").get_attribute("readonly") is not None
    assert form.locator("[name=title]").get_attribute("readonly") is None
    before = demo.json("configs", "show", "C2")
    form.locator("[name=title]").fill("What the team agreed C2 is called")
    form.locator("button").click()
    page.wait_for_load_state()
    context.close()
    after = demo.json("configs", "show", "C2")
    assert after["title"] == "What the team agreed C2 is called"
    assert (after["context"], after["mechanism"], after["outcome"]) == (before["context"], before["mechanism"], before["outcome"])
    page_of_unaccepted = chromium.new_context().new_page()
    page_of_unaccepted.goto(running.url + "/configurations/C1")
    assert page_of_unaccepted.locator("form#do-edit [name=context]").get_attribute("readonly") is None  # must not fire
    page_of_unaccepted.context.close()


def test_a_reason_typed_and_enter_pressed_excludes_the_source(served, chromium, tmp_path):  # noqa: F811
    demo, running = served
    (tmp_path / "new.bib").write_text(NEW_RECORDS, encoding="utf-8")
    demo("ingest", str(tmp_path / "new.bib"))
    keys = [s["key"] for s in demo.json("sources", "list", "--status", "unscreened")][:2]
    context = chromium.new_context(viewport=PHONE)
    page = context.new_page()
    page.goto(running.url + "/")
    page.locator("form.deciding-as input[name=name]").fill("Tomasz")
    page.locator("form.deciding-as button").first.click()
    page.goto(f"{running.url}/sources/{keys[0]}")
    page.keyboard.press("x")
    page.keyboard.type("a protocol, no findings")
    with page.expect_navigation():
        page.keyboard.press("Enter")
    shown = demo.json("sources", "show", keys[0])
    assert (shown["status"], shown["exclusion_reason"]) == ("excluded", "a protocol, no findings")
    page.goto(f"{running.url}/sources/{keys[1]}")
    with page.expect_navigation():
        page.click("#include")  # must not fire: the Include button includes
    assert demo.json("sources", "show", keys[1])["status"] == "included"
    context.close()


def test_a_refused_write_gives_back_what_was_typed_to_correct_and_send_again(served, chromium):  # noqa: F811
    demo, running = served
    config = next(c for c in demo.json("configs", "list") if len(c["statements"]) >= 2 and not c["accepted"])
    cid, member = config["id"], config["statements"][-1]
    context = chromium.new_context(viewport={"width": 1280, "height": 900})
    page = context.new_page()
    page.goto(running.url + "/")
    page.locator("form.deciding-as input[name=name]").fill("Oluwaseun")
    page.locator("form.deciding-as button").first.click()
    page.goto(f"{running.url}/configurations/{cid}")
    form = page.locator("form#do-split")
    form.locator("[name=statements]").fill("S999")
    note = "its mechanism is the family's, not the clinician's: read at the team meeting of 4 March"
    form.locator("[name=note]").fill(note)
    form.locator("button").click()
    page.wait_for_load_state()
    assert "S999" in page.locator("p.problem").inner_text()
    again = page.locator("form#send-again")
    assert again.locator("[name=note]").input_value() == note
    again.locator("[name=statements]").fill(member)
    with page.expect_navigation():
        again.locator("button").click()
    context.close()
    split = next(c for c in demo.json("configs", "list") if c["statements"] == [member])
    assert note in " ".join(d["note"] for d in demo.json("history", split["id"]))


WARD_RECORDS = """TY  - JOUR
AU  - Achterberg, Femke
TI  - Electronic handover checklists on night shifts: an ethnography
JO  - Journal of Advanced Nursing
PY  - 2022
ER  -
"""


def test_a_title_keeps_the_complement_an_object_takes_after_as(cmo, tmp_path):
    (tmp_path / "records.ris").write_text(WARD_RECORDS, encoding="utf-8")
    cmo("init", str(cmo.folder))
    cmo("ingest", str(tmp_path / "records.ris"))
    (key,) = [s["key"] for s in cmo.json("sources", "list")]
    cmo("select", "include", key)
    mechanisms = [
        "Nurses on night shifts treat the new electronic handover checklist as pointless paperwork",
        "Staff use the shared electronic record on every ward round as a reminder of discharge plans",
    ]
    for mechanism in mechanisms:
        cmo(
            "code",
            "add",
            "--source",
            key,
            "--context",
            "Acute medical wards",
            "--mechanism",
            mechanism,
            "--outcome",
            "Handover omissions",
            code=None,
        )
    titles = [cmo.json("configs", "new", "--statements", sid, "--json")["title"] for sid in ("S1", "S2")]
    assert titles[0] == "Nurses on night shifts treat the new electronic handover checklist as pointless paperwork"
    assert titles[1] == "Staff use the shared electronic record"  # must not fire: "as a reminder" is no complement
