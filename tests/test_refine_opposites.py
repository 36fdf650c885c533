"""Trial Z: refine proposed one configuration of two statements whose mechanisms say opposite things ("a visiting
pharmacist works in isolation → physicians do not act on recommendations" and "a pharmacist is part of the ward team →
physicians act on drug-related problems → no reduction in readmissions") and counted the null result as its support
(F5); and it offered a statement to a pinned configuration that `cmo code suggest` does not offer it, while the one
`code suggest` ranked first went unnamed (F13). Checked here on other topics: tuberculosis treatment supported by
community health workers, and the shipped example review."""

from __future__ import annotations

import csv
import itertools
import re

from cmo.models import Statement
from cmo.synthesis.evidence import denied_part
from cmo.synthesis.merge import propose, say_the_opposite


def st(sid: str, context: str, mechanism: str, outcome: str, domain: str | None = None) -> Statement:
    return Statement(id=sid, source=f"src-{sid}", context=context, mechanism=mechanism, outcome=outcome, domain=domain)


# Tuberculosis treatment and community health workers. S1 and S2 say opposite things of the home visits: where they do
# not happen patients stop early (the outcome reads as following), where they do the cure rates do not change.
TB = [
    st("S1", "Villages where health workers are paid months late", "health workers do not visit patients at home",
       "patients stop their tuberculosis treatment early"),
    st("S2", "Districts where a health worker is attached to every clinic", "health workers visit patients at home each week",
       "no change in cure rates"),
    st("S3", "Patients who must travel far to the clinic", "the cost of transport forces them to choose between food and pills",
       "doses are missed"),
    st("S4", "Patients given text-message reminders", "reminders prompt them to take pills at the same time each day",
       "fewer doses are missed"),
    st("S5", "Men who fear being seen at the TB clinic", "stigma makes them hide their diagnosis", "they delay seeking care"),
    st("S6", "Patients offered food parcels with their pills", "the parcel relieves hunger caused by the drugs",
       "more patients complete treatment"),
    st("S7", "Clinics with long queues", "patients feel their time is wasted", "they skip follow-up visits"),
    st("S8", "Patients counselled together with their family", "families understand the treatment and encourage them",
       "adherence improves"),
]  # fmt: skip


def ids():
    counter = itertools.count(1)
    return lambda: f"C{next(counter)}"


def home_of(result, sid: str) -> str:
    return next(c.id for c in result.configurations if not c.retired and sid in c.statements)


def test_what_a_mechanism_denies_is_the_words_after_its_denial_in_its_clause():
    assert denied_part("health workers do not visit patients at home") == "visit patients at home"
    assert denied_part("without a named key worker, families are passed around") == "named key worker"
    assert denied_part("mothers did not feel hurried and felt listened to") == "hurried"  # "feel": the denial reaches over it
    assert denied_part("health workers visit patients at home") == ""
    assert denied_part("despite no regular pay, volunteers keep visiting") == ""  # a concession denies nothing


def test_two_mechanisms_say_the_opposite_only_where_one_denies_what_the_other_says_and_neither_is_the_others_converse():
    visits_no_change, no_visits_stop = TB[1], TB[0]
    assert say_the_opposite(no_visits_stop, visits_no_change) and say_the_opposite(visits_no_change, no_visits_stop)
    # the converse of one configuration: no visits and the outcome did not follow, visits and it did
    without = st("S9", "Remote villages", "health workers do not visit patients at home", "completion did not improve")
    visited = st("S10", "Peri-urban districts", "health workers visit patients at home each week", "more patients complete it")
    assert not say_the_opposite(without, visited)
    # both deny; or one denies another thing than the other says
    unpaid = st("S11", "Unpaid volunteers", "volunteers do not visit patients after dark", "doses are missed")
    assert not say_the_opposite(no_visits_stop, unpaid)
    busy = st("S12", "Overloaded clinics", "nurses have no time to counsel patients", "patients stop treatment")
    rushed = st("S13", "Overloaded clinics", "nurses are rushed and counsel patients in two minutes", "no change in adherence")
    assert not say_the_opposite(busy, rushed)


def test_statements_whose_mechanisms_say_opposite_things_are_not_proposed_as_one_configuration():
    for backend in ("lexical", "hybrid"):
        result = propose(TB, [], next_id=ids(), backend=backend)
        assert home_of(result, "S1") != home_of(result, "S2"), backend  # the old code proposed them as one
        assert result.kept_apart == {"S2": (home_of(result, "S1"), "S1")}
    converse = [
        st("S1", "Villages where health workers are paid months late", "health workers do not visit patients at home",
           "treatment completion did not improve"),
        st("S2", "Districts where a health worker is attached to every clinic", "health workers visit patients at home each week",
           "more patients complete treatment"),
        *TB[2:],
    ]  # fmt: skip
    result = propose(converse, [], next_id=ids())
    assert home_of(result, "S1") == home_of(result, "S2") and not result.kept_apart  # one configuration from both sides


RIS = """TY  - JOUR
TI  - {title}
AU  - {author}, Amina
PY  - {year}
JO  - International Journal of Tuberculosis and Lung Disease
VL  - {volume}
SP  - {page}
EP  - {end}
DO  - 10.5588/ijtld.{year}.{page}
ER  -
"""
AUTHORS = ["Okafor", "Banda", "Mwangi", "Tembo", "Phiri", "Achieng", "Nkosi", "Kamau"]


def _tb_review(cmo, tmp_path) -> str:
    """A real review of the tuberculosis statements: sources ingested from RIS, included, the sheet imported."""
    records = [
        RIS.format(title=f"Community support for tuberculosis treatment: study {n + 1}", author=name, year=2010 + n,
                   volume=10 + n, page=100 + 10 * n, end=105 + 10 * n)
        for n, name in enumerate(AUTHORS)
    ]  # fmt: skip
    (tmp_path / "tb.ris").write_text("\n".join(records), encoding="utf-8")
    cmo("init", str(cmo.folder))
    cmo("ingest", str(tmp_path / "tb.ris"))
    keys = {s["key"][: -len(s["key"].lstrip("abcdefghijklmnopqrstuvwxyz"))]: s["key"] for s in cmo.json("sources", "list")}
    cmo("select", "include", *keys.values())
    sheet = tmp_path / "coding.csv"
    with sheet.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        writer.writerow(["source", "context", "mechanism", "outcome"])
        for name, s in zip(AUTHORS, TB):
            writer.writerow([keys[name.lower()], s.context, s.mechanism, s.outcome])
    cmo("code", "import", str(sheet))
    return cmo("refine").stderr


def test_refine_keeps_opposite_mechanisms_apart_and_says_so_with_the_attach_that_joins_them(cmo, tmp_path):
    said = _tb_review(cmo, tmp_path)
    where = {sid: c["id"] for c in cmo.json("configs", "list") for sid in c["statements"]}
    assert where["S1"] != where["S2"]
    line = next(line for line in said.splitlines() if line.startswith("S2 kept out of"))
    assert line.startswith(f"S2 kept out of {where['S1']}: its mechanism says the opposite of S1's")
    assert "“health workers visit patients at home each week” beside “health workers do not visit patients at home”" in line
    assert line.endswith(f"'cmo configs attach S2 --to {where['S1']}' if it belongs there")
    assert "S2 counts as supporting" not in said  # the null result is nobody's support (S4's "fewer doses are missed"
    # beside S3's "doses are missed" is said: trial AU, a thing done beside fewer of it)
    assert f"most like {where['S1']} (" not in said.split("S2 stands alone")[-1].split("\n")[0]  # said once, above
    assert not re.search(rf"^S1 stands alone in {where['S1']}; it is most like {where['S2']} ", said, re.M)
    assert "kept out of" not in cmo("refine").stderr  # said once: a refine that changes nothing says nothing again


def test_what_refine_offers_a_kept_configuration_is_what_code_suggest_ranks_first(demo):
    """F13: refine said `C2 (pinned) may take S3`, while `code suggest S3` ranked the accepted C1 first and did not list
    C2, of another domain than S3 was coded to. Each "may take" refine says is now `code suggest`'s first answer, with
    its score, on the example review: a copy of an accepted configuration's member (offered to it), and a copy of a
    pinned configuration's member coded to another domain (which `code suggest` never offers across)."""
    demo("refine")
    configs = demo.json("configs", "list")
    accepted, pinned = [c for c in configs if len(c["statements"]) > 1 and c["domain"]][:2]
    demo("configs", "accept", accepted["id"])
    other = next(c["domain"] for c in configs if c["domain"] not in (None, pinned["domain"]))
    for member, domain in ((accepted["statements"][0], accepted["domain"]), (pinned["statements"][0], other)):
        shown = demo.json("code", "show", member)
        demo("code", "add", "--source", shown["source"], "--context", shown["context"], "--mechanism", shown["mechanism"],
             "--outcome", shown["outcome"], "--domain", domain)  # fmt: skip
    said = demo("refine").stderr
    offers = re.findall(r"^(C\d+) \((?:pinned|accepted)\) may take ([S\d, ]+):", said, re.M)
    assert any(cid == accepted["id"] for cid, _ in offers), said
    for cid, sids in offers:
        shown = {p["statement"]: p["score"] for p in demo.json("configs", "show", cid)["suggestions"]}
        for sid in sids.split(", "):
            first = demo.json("code", "suggest", sid)[0]
            assert first["configuration"] == cid, (sid, cid, first)
            assert sid not in shown or shown[sid] == first["score"]
