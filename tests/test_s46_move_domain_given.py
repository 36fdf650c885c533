"""Trial CE: a student typed 'cmo configs move C21 adherence' and was told "Missing option '--domain'", not what to
type. The domain may follow the id; given neither way, or two ways that differ, one sentence says the command."""

from __future__ import annotations


def test_the_domain_may_follow_the_id(demo):
    """Fails on the old code: exit 2, "Missing option '--domain'"."""
    config = demo.json("configs", "show", "C1")
    other = next(d["slug"] for d in demo.json("domains", "list") if d["slug"] != config["domain"])
    demo("configs", "move", "C1", other)
    assert demo.json("configs", "show", "C1")["domain"] == other


def test_no_domain_or_two_domains_is_one_sentence_naming_the_command(demo):
    slugs = [d["slug"] for d in demo.json("domains", "list")]
    assert "cmo configs move C1 --domain SLUG" in demo("configs", "move", "C1", code=2).stderr
    assert "cmo configs move C1 --domain SLUG" in demo("configs", "move", "C1", slugs[0], "--domain", slugs[1], code=2).stderr
