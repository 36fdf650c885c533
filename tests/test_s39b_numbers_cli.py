"""Table numbers stay put between rounds, through `cmo` (trial AD F10).

Trial AD (perinatal peer support): one configuration moved into a domain after round 1, and every later number in that
domain moved up by one ("C31 was CMO 1.6 in round 1 and CMO 1.7 in round 2"), while the group quotes "CMO 1.6" in its
answers. These tests use the shipped example review (crisis mental health care), read and written through `cmo` as a
user would; `test_s39b_numbers.py` tests the rule alone.
"""

from __future__ import annotations

import re
from contextlib import closing


def _numbers(demo, tmp_path) -> dict[str, str]:
    """Id → number, as the report's tables give them ("CMO 1.2 (C4)", the first time each is named)."""
    path = tmp_path / "report.md"
    demo("report", "--format", "md", "-o", str(path))
    found = re.findall(r"(CMO \d+\.\d+) \((C\d+)\)", path.read_text(encoding="utf-8"))
    return {config_id: number for number, config_id in reversed(found)}


def _moved_into_the_first_domain(demo, tmp_path) -> tuple[dict[str, str], str, str]:
    """Round 1's numbers, then a configuration of a later domain whose id sorts among the first domain's moved into it:
    (round 1's numbers, the one moved, the first domain's configuration it would have pushed down in id order)."""
    from cmo.normalise import natural_key

    sent = _numbers(demo, tmp_path)
    first = sorted((i for i, n in sent.items() if n.startswith("CMO 1.")), key=natural_key)
    later = [i for i, n in sent.items() if not n.startswith("CMO 1.") and natural_key(first[0]) < natural_key(i)]
    moved = next(i for i in sorted(later, key=natural_key) if natural_key(i) < natural_key(first[-1]))
    pushed = next(i for i in first if natural_key(i) > natural_key(moved))
    domain = next(c["domain"] for c in demo.json("configs", "list") if c["id"] == first[0])
    demo("configs", "move", moved, "--domain", domain, "--note", "about keeping in contact, not about safety")
    return sent, moved, pushed


def test_a_configuration_moved_after_a_round_leaves_the_numbers_the_group_quotes_alone(demo, tmp_path):
    sent, moved, pushed = _moved_into_the_first_domain(demo, tmp_path)
    now = _numbers(demo, tmp_path)
    stayed = [i for i in sent if i != moved]
    assert {i: now[i] for i in stayed} == {i: sent[i] for i in stayed}  # the pushed one too: it was pushed before
    in_first = [n for i, n in sent.items() if n.startswith("CMO 1.")]
    assert now[moved] == f"CMO 1.{len(in_first) + 1}"
    report = tmp_path / "report.md"
    demo("report", "--format", "md", "-o", str(report))
    text = report.read_text(encoding="utf-8")
    assert f"{sent[pushed]} ({pushed})" in text and f"{now[moved]} ({moved})" in text
    assert text.index(f"{sent[pushed]} ({pushed})") < text.index(f"{now[moved]} ({moved})")  # rows in number order


def test_configs_show_reads_a_number_as_the_tables_give_it_and_an_old_one_as_the_pack_gave_it(demo, tmp_path):
    sent, moved, pushed = _moved_into_the_first_domain(demo, tmp_path)
    assert demo("configs", "show", sent[pushed]).stdout.startswith(f"{pushed} ")
    assert demo("configs", "show", sent[moved]).stdout.startswith(f"{moved} ")  # round 1's number, now given to none


def test_answers_to_a_round_sent_without_a_pack_name_configurations_by_the_numbers_that_stay_put(demo, tmp_path):
    """Round 2 closed and sent as the report's tables (no pack written for it): an answer quoting a number means the
    configuration those tables gave it."""
    sent, moved, pushed = _moved_into_the_first_domain(demo, tmp_path)
    demo("round", "close", "--note", "second consultation")
    sheet = tmp_path / "round2.csv"
    sheet.write_text(f"respondent,round,configuration,rating\nKestrel,2,{sent[pushed]},agree\n", encoding="utf-8")
    demo("feedback", "import", str(sheet), code=None)
    answered = {(a["respondent"], a["round"]): a["configuration"] for a in demo.json("feedback", "list")}
    assert answered[("Kestrel", 2)] == pushed


def test_answers_to_a_pack_sent_before_numbers_stayed_put_are_read_as_that_pack_numbered(demo, tmp_path):
    """A review whose round 2 pack was sent numbering each domain in id order (cmo before this rule): the group's
    "CMO 1.n" means what that pack showed, and `configs show` keeps those numbers from then on."""
    from cmo.commands.review import open_review
    from cmo.outputs.tables import by_domain

    sent, moved, pushed = _moved_into_the_first_domain(demo, tmp_path)
    demo("round", "close", "--note", "second consultation")
    with closing(open_review(demo.folder).store) as store, store.transaction():
        review = open_review(demo.folder)
        sections = by_domain(store.rounds()[-1].configurations, review.domains)
        names = [f"CMO {s}.{n} ({c.id})" for s, (_, held) in enumerate(sections, 1) for n, c in enumerate(held, 1)]
        store.keep_pack(2, None, None, "<html><body>" + "".join(f"<h4>{name}</h4>" for name in names) + "</body></html>")
    as_sent = {name.rsplit(" (", 1)[1].rstrip(")"): name.rsplit(" (", 1)[0] for name in names}
    assert as_sent[moved] != sent.get(moved) and as_sent[pushed] != sent[pushed]  # the id order pushed it down
    sheet = tmp_path / "round2.csv"
    sheet.write_text(f"respondent,round,configuration,rating\nKestrel,2,{as_sent[moved]},agree\n", encoding="utf-8")
    demo("feedback", "import", str(sheet), code=None)
    answered = {(a["respondent"], a["round"]): a["configuration"] for a in demo.json("feedback", "list")}
    assert answered[("Kestrel", 2)] == moved
    assert demo("configs", "show", as_sent[pushed]).stdout.startswith(f"{pushed} ")  # kept from the pack as sent
