"""What trial K (a lead and a second reviewer over three rounds, CLI and browser) found decided or told wrongly.

A decision's `--because` names the answers it was made because of; the pack then quotes them to the group under the
configuration ("You told us … So we …"). An answer about another configuration is refused (a mistyped F41, an answer
about C2, was quoted under a merge of C5 into C18 for the whole group to read)."""

from __future__ import annotations

from feedback_files import answers_file


def _answers(demo, tmp_path) -> dict[str, str]:
    configs = [c["id"] for c in demo.json("configs", "list")]
    first, second = configs[0], configs[1]
    demo("feedback", "import", str(answers_file(tmp_path / "heron.json", "Blue Heron", 1, {first: "agree", second: "disagree"})))
    return {f["configuration"]: f["id"] for f in demo.json("feedback", "list")}


def test_an_answer_about_another_configuration_is_refused_and_nothing_changes(demo, tmp_path):
    answer_of = _answers(demo, tmp_path)
    first, second = list(answer_of)
    before = demo.json("configs", "show", first)
    refused = demo("configs", "edit", first, "--title", "A new title", "--because", answer_of[second], code=2)
    assert f"{answer_of[second]} answers {second}, not {first}" in refused.stderr and "nothing was changed" in refused.stderr
    assert demo.json("configs", "show", first) == before
    demo("configs", "edit", first, "--title", "A new title", "--because", answer_of[first])
    assert demo.json("history", first)[-1]["because"] == [answer_of[first]]


def test_a_merge_may_be_made_because_of_an_answer_about_either_configuration(demo, tmp_path):
    answer_of = _answers(demo, tmp_path)
    first, second = list(answer_of)
    demo("configs", "merge", first, second, "--because", answer_of[second], "--note", "the group saw them as one")
    assert demo.json("history", first)[-1]["because"] == [answer_of[second]]


def test_moving_a_configuration_to_the_domain_it_is_in_is_refused_not_recorded(demo):
    """Trial K: `configs move C16 --domain home-and-carers`, already there, printed "Moved" and the report told a move."""
    config = next(c for c in demo.json("configs", "list") if c["domain"])
    before = len(demo.json("history", config["id"]))
    refused = demo("configs", "move", config["id"], "--domain", config["domain"], code=2)
    assert f"{config['id']} is in {config['domain']} already; nothing was changed." in refused.stderr
    assert len(demo.json("history", config["id"])) == before


def test_trace_marks_an_excluded_source_and_says_why_a_deleted_statement_has_no_trace(demo):
    """Trial K: `trace C8` listed an excluded study unmarked; `trace S38` of a deleted statement said it was not one."""
    config = next(c for c in demo.json("configs", "list") if len(c["sources"]) > 1)
    key = config["sources"][0]
    demo("select", "exclude", key, "--reason", "not about remote care", code=1)
    assert f"  source {key}: " in (traced := demo("trace", config["id"]).stdout)
    assert next(line for line in traced.splitlines() if line.startswith(f"  source {key}: ")).endswith("(excluded)")
    statement = config["statements"][0]
    demo("code", "delete", statement, "--note", "coded twice")
    refused = demo("trace", statement, code=2)
    assert f"{statement} was deleted" in refused.stderr and f"'cmo history {statement}'" in refused.stderr


def test_excluding_a_source_of_an_accepted_configuration_advises_what_works(demo):
    """The advice named a detach that the accepted configuration then refused."""
    config = next(c for c in demo.json("configs", "list") if len(c["sources"]) > 1)
    demo("configs", "accept", config["id"])
    warned = demo("select", "exclude", config["sources"][0], "--reason", "not about remote care", code=1).stderr
    assert f"{config['id']} is accepted: unaccept, then detach them" in warned


def test_refine_counts_as_changed_only_the_configurations_it_names(unsent, tmp_path):
    """Refine said "6 changed" and named two: a new statement moves every configuration's similarity note, which is
    no change a team would look for, and the report then told four changes as "left it as it was"."""
    import re

    sheet = tmp_path / "more.csv"
    sheet.write_text(
        "source,context,mechanism,outcome\n"
        "schlief2022telemental,Carers of people in crisis,Carers are not told when care moves online,Carers feel left out\n",
        encoding="utf-8",
    )
    unsent("code", "import", str(sheet))
    told = unsent("refine").stderr
    said = int(re.search(r"; (\d+) changed;", told)[1])
    named = {m[0] for m in re.findall(r"^(C\d+) (new|changed|dissolved)", told, re.M)}
    assert said == len(named)
